import { formatWeekRange } from "../format";
import { asksAboutItsOwnWeek } from "../reminder-week";
import type { ReminderWeekday } from "../validation/calendar";

/** A mail ready for the transport: plain text first, simple accessible HTML as the alternative. */
export type MailMessage = {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

export type ReminderLinks = {
  /** Opens the check-in of the week the mail asks about. */
  checkinUrl: string;
  settingsUrl: string;
  /** One-click unsubscribe (RFC 8058): a POST here turns e-mail reminders off. */
  unsubscribeUrl: string;
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A short page: one heading, paragraphs, one button-like link and a muted footer. No images, no tracking. */
function html({ title, paragraphs, action, footer }: { title: string; paragraphs: string[]; action: { href: string; label: string }; footer: string[] }) {
  const p = (text: string) => `<p style="margin:0 0 16px;font-size:16px;line-height:1.5">${text}</p>`;
  return [
    "<!doctype html>",
    `<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(title)}</title></head>`,
    '<body style="margin:0;padding:24px;font-family:system-ui,-apple-system,Segoe UI,sans-serif;color:#1c1917;background:#ffffff">',
    '<main style="max-width:560px;margin:0 auto">',
    `<h1 style="font-size:22px;margin:0 0 16px">${escapeHtml(title)}</h1>`,
    ...paragraphs.map((text) => p(escapeHtml(text))),
    `<p style="margin:24px 0"><a href="${escapeHtml(action.href)}" style="display:inline-block;padding:12px 20px;border-radius:8px;background:#1d4ed8;color:#ffffff;font-weight:600;text-decoration:none">${escapeHtml(action.label)}</a></p>`,
    ...footer.map((text) => `<p style="margin:0 0 8px;font-size:14px;line-height:1.5;color:#57534e">${text}</p>`),
    "</main></body></html>",
  ].join("\n");
}

function unsubscribeHeaders(links: ReminderLinks): Record<string, string> {
  return { "List-Unsubscribe": `<${links.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" };
}

function reminderFooter(links: ReminderLinks, why: string): { text: string[]; html: string[] } {
  return {
    text: [`${why} Change the day, the time or the e-mails: ${links.settingsUrl}`, `Stop these e-mails with one click: ${links.unsubscribeUrl}`],
    html: [
      `${escapeHtml(why)} <a href="${escapeHtml(links.settingsUrl)}">Change the day, the time or the e-mails</a>.`,
      `<a href="${escapeHtml(links.unsubscribeUrl)}">Stop these e-mails</a>.`,
    ],
  };
}

/** "How did last week go?" — sent at the leader's reminder time; never carries anything they wrote. */
export function weeklyReminderMail({ to, week, weekday, links }: { to: string; week: string; weekday: ReminderWeekday; links: ReminderLinks }): MailMessage {
  const which = asksAboutItsOwnWeek(weekday) ? "this week" : "last week";
  const range = formatWeekRange(week);
  const subject = `How did ${which} go?`;
  const lines = [
    `Log ${range} in Pendulum: the hours in meetings, hands-on work and mentoring, and a few 1–5 ratings. It takes about half a minute.`,
  ];
  const footer = reminderFooter(links, "You get this weekly reminder because e-mail reminders are on in your Pendulum settings.");
  return {
    to,
    subject,
    text: [subject, "", ...lines, "", `Log the week: ${links.checkinUrl}`, "", "--", ...footer.text, ""].join("\n"),
    html: html({ title: subject, paragraphs: lines, action: { href: links.checkinUrl, label: "Log the week" }, footer: footer.html }),
    headers: unsubscribeHeaders(links),
  };
}

/** A nudge for a week that is still empty two days after its reminder; at most two in a row. */
export function missedWeekMail({ to, week, links }: { to: string; week: string; links: ReminderLinks }): MailMessage {
  const range = formatWeekRange(week);
  const subject = `${range} isn’t logged yet`;
  const lines = [
    "A quick entry keeps your trends honest, even a rough one: hours can be estimates.",
    "If you were away, there is nothing to do; after two of these in a row Pendulum stops asking until you log again.",
  ];
  const footer = reminderFooter(links, "You get this because e-mail reminders are on in your Pendulum settings.");
  return {
    to,
    subject,
    text: [subject, "", ...lines, "", `Log ${range}: ${links.checkinUrl}`, "", "--", ...footer.text, ""].join("\n"),
    html: html({ title: subject, paragraphs: lines, action: { href: links.checkinUrl, label: "Log the week" }, footer: footer.html }),
    headers: unsubscribeHeaders(links),
  };
}

/** The password-reset link better-auth made; valid once, for `validMinutes`. */
export function passwordResetMail({ to, url, validMinutes }: { to: string; url: string; validMinutes: number }): MailMessage {
  const subject = "Reset your Pendulum password";
  const lines = [
    "Someone, hopefully you, asked to reset the password of the Pendulum account with this address.",
    `The link works once, within ${validMinutes} minutes. After the reset, every device signed in to the account is signed out.`,
  ];
  const ignore = "If you did not ask for this, ignore this mail: your password stays as it is.";
  return {
    to,
    subject,
    text: [subject, "", ...lines, "", `Choose a new password: ${url}`, "", ignore, ""].join("\n"),
    html: html({ title: subject, paragraphs: lines, action: { href: url, label: "Choose a new password" }, footer: [escapeHtml(ignore)] }),
  };
}
