import { afterEach, describe, expect, it } from "vitest";
import { startReminderSchedule } from "@/app/_server/reminder-schedule";

const saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k]; else process.env[k] = v;
});

describe("REMINDERS", () => {
  it("is off unless set to on, refuses other values, and refuses on without mail", () => {
    delete process.env.SMTP_URL;
    delete process.env.MAIL_FROM;
    expect(startReminderSchedule({})).toBe(false);
    expect(startReminderSchedule({ REMINDERS: "off" })).toBe(false);
    expect(() => startReminderSchedule({ REMINDERS: "yes please" })).toThrow('REMINDERS must be "on" or "off"');
    expect(() => startReminderSchedule({ REMINDERS: "on" })).toThrow("REMINDERS=on needs SMTP_URL and MAIL_FROM");
  });
});
