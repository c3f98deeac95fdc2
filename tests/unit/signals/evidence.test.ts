import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SIGN_IDS, type SignId } from "@/lib/enums";
import { addIsoWeeks } from "@/lib/iso-week";
import { evaluateInDetail, type EvaluateOptions } from "@/lib/signals/evaluate";
import {
  START_WEEK,
  balancedWeek,
  buildExport,
  formerEngineer,
  helpDeskLead,
  jitter,
  joylessLead,
  meetingLover,
  meetingsLead,
  path,
  productManager,
  recoveredLead,
  seededRng,
  sixtyHourLead,
  sparseUnsupportedLead,
  type WeekPlan,
} from "@/lib/signals/fixtures/personas";
import type { ExportFile } from "@/lib/validation/export-file";

function lead(weeks: number, plan: (i: number, rng: () => number) => Partial<WeekPlan> | "away", profile = {}): ExportFile {
  return buildExport({
    weeks,
    seed: 9,
    profile,
    plan: (i, rng) => {
      const p = plan(i, rng);
      return p === "away" ? "away" : { ...balancedWeek(i, rng), ...p };
    },
  });
}

const drifting = (i: number) => ({ shares: { execution: path(i, [[3, 0.4], [11, 0.06]]), meetings: 0.4, mentoring: 0.2 } });
const spread = (file: ExportFile) => ({ ...file, checkins: file.checkins.map((c, i) => ({ ...c, week: addIsoWeeks(START_WEEK, i + Math.floor(i / 2)) })) });
const LONG_AGO = { leadingSince: "2020-01-06" };
const N = "\\d+";
const R = "\\d\\.\\d";

type Case = { id: string; of: SignId | "workload"; build: () => ExportFile; options?: EvaluateOptions; text: RegExp };

/** One scenario per evidence sentence the engine can write; the checks below hold the table complete. */
const CASES: Case[] = [
  { id: "missed-executing.drop", of: "missed-executing", build: () => formerEngineer(), text: new RegExp(`^Hands-on work fell from ${N} % of your week in your first 8 logged weeks to ${N} % over your last 4 logged weeks\\.$`) },
  { id: "missed-executing.below-target", of: "missed-executing", build: () => formerEngineer(), text: new RegExp(`^Hands-on work took ${N} % of your week over your last 4 logged weeks, under your own minimum of 20 %\\.$`) },
  { id: "missed-executing.falling", of: "missed-executing", build: () => formerEngineer(12), text: new RegExp(`^Your hands-on share has been falling by about ${R} points a week over your last 8 logged weeks\\.$`) },
  { id: "missed-executing.energy-preferred", of: "missed-executing", build: () => formerEngineer(), text: new RegExp(`^Hands-on work gives you more energy than meetings do \\(5\\.0 vs 3\\.0 of 5 over your last 8 logged weeks\\)\\.$`) },
  { id: "missed-executing.energy-a-little", of: "missed-executing", build: () => lead(16, (i) => ({ ...drifting(i), energy: { meetings: i % 2 ? 3 : 4, execution: 4, mentoring: 4 } })), text: new RegExp(`^Hands-on work gives you only a little more energy than meetings \\(4\\.0 vs 3\\.5 of 5 over your last 8 logged weeks\\), so this sign counts at 65 %\\.$`) },
  { id: "missed-executing.energy-not-preferred", of: "missed-executing", build: () => lead(16, (i) => ({ ...drifting(i), energy: { meetings: 4, execution: 3, mentoring: 4 } })), text: /^Hands-on work gives you no more energy than meetings \(3\.0 vs 4\.0 of 5 over your last 8 logged weeks\), so this sign counts at 30 %\.$/ },
  { id: "missed-executing.energy-unknown", of: "missed-executing", build: () => lead(16, (i) => ({ ...drifting(i), energy: null })), text: /^You have not rated the energy of hands-on work and meetings lately, so this sign counts at 65 %\.$/ },
  { id: "skills-slipping.low-hands-on", of: "skills-slipping", build: () => productManager(), text: /^20 weeks in a row with under 10 % hands-on work\.$/ },
  { id: "skills-slipping.low-hands-on-gaps", of: "skills-slipping", build: () => spread(productManager()), text: /^29 weeks with under 10 % hands-on work in every week you logged \(20 of them\)\.$/ },
  { id: "skills-slipping.confidence-drop", of: "skills-slipping", build: () => productManager(13), text: new RegExp(`^Your skill confidence fell from ${R} of 5 \\(your usual before that\\) to ${R} on average over your last 8 logged weeks\\.$`) },
  { id: "skills-slipping.confidence-falling", of: "skills-slipping", build: () => productManager(10), text: new RegExp(`^Your skill confidence is going down by about 0\\.\\d\\d points a week over your last 8 logged weeks\\.$`) },
  { id: "skills-slipping.confidence-low", of: "skills-slipping", build: () => lead(16, (i, rng) => ({ skillConfidence: 1.6 + jitter(rng, 0.6) })), text: new RegExp(`^You rated your skill confidence ${R} of 5 on average over your last 8 logged weeks\\.$`) },
  { id: "meetings-politics.above-target", of: "meetings-politics", build: () => meetingsLead(), text: new RegExp(`^Meetings took ${N} % of your week over your last 4 logged weeks, above your own maximum of 50 %\\.$`) },
  { id: "meetings-politics.rising", of: "meetings-politics", build: () => meetingsLead(), text: new RegExp(`^Your meeting share has been rising by about ${R} points a week over your last 8 logged weeks\\.$`) },
  { id: "meetings-politics.long-hours", of: "meetings-politics", build: () => sixtyHourLead(), text: new RegExp(`^Your weeks averaged ${N} h over your last 4 logged weeks, ${N} h of them in meetings\\.$`) },
  { id: "meetings-politics.low-value", of: "meetings-politics", build: () => meetingsLead(), text: /^You counted 60 % of your meeting hours as low value over your last 4 logged weeks\.$/ },
  { id: "meetings-politics.politics", of: "meetings-politics", build: () => meetingsLead(), text: new RegExp(`^You rated how much of your week needed politics ${R} of 5 on average over your last 4 logged weeks\\.$`) },
  { id: "meetings-politics.draining", of: "meetings-politics", build: () => meetingsLead(), text: new RegExp(`^Meetings drain you: you rated their energy ${R} of 5 on average over your last 8 logged weeks\\.$`) },
  { id: "meetings-politics.enjoyed", of: "meetings-politics", build: () => meetingLover(), text: new RegExp(`^Meetings give you energy \\(${R} of 5 over your last 8 logged weeks\\), so their share and your hours count at ${N} % here\\.$`) },
  { id: "not-set-up.no-one-on-one", of: "not-set-up", build: () => helpDeskLead(12), text: /^No 1:1 with your own manager for 12 weeks in a row \(2025-W02 to 2025-W13\)\.$/ },
  { id: "not-set-up.no-one-on-one-gaps", of: "not-set-up", build: () => sparseUnsupportedLead(30), text: /^No 1:1 with your own manager for 30 weeks \(2025-W02 to 2025-W31; you answered no in 14 of them and did not log or answer the others\)\.$/ },
  { id: "not-set-up.no-training-ever", of: "not-set-up", build: () => helpDeskLead(12), text: /^No leadership training or coaching yet: none for 12 weeks in a row \(2025-W02 to 2025-W13\)\.$/ },
  { id: "not-set-up.no-training-ever-gaps", of: "not-set-up", build: () => spread(helpDeskLead(12)), text: /^No leadership training or coaching yet: none for 17 weeks \(2025-W02 to 2025-W18; you answered no in 12 of them and did not log or answer the others\)\.$/ },
  { id: "not-set-up.no-training", of: "not-set-up", build: () => lead(12, (i) => ({ training: i === 0, support: 1.2, managerOneOnOne: false })), text: /^No leadership training or coaching for 11 weeks in a row \(2025-W03 to 2025-W13\)\.$/ },
  { id: "not-set-up.no-training-gaps", of: "not-set-up", build: () => lead(12, (i) => ({ training: i === 0 ? true : i % 3 === 0 ? null : false, support: 1.2, managerOneOnOne: false })), text: /^No leadership training or coaching for 11 weeks \(2025-W03 to 2025-W13; you answered no in 8 of them and did not log or answer the others\)\.$/ },
  { id: "not-set-up.low-support", of: "not-set-up", build: () => helpDeskLead(12), text: new RegExp(`^You rated the support you get ${R} of 5 on average over your last 4 logged weeks\\.$`) },
  { id: "not-set-up.training-taper", of: "not-set-up", build: () => ({ ...helpDeskLead(12), profile: { ...helpDeskLead(12).profile, ...LONG_AGO } }), text: /^You are in week 273 of leading; missing training weighs most in the first 13 weeks and now counts at 50 %\. 1:1s and support keep their full weight\.$/ },
  { id: "doesnt-like-it.low-joy", of: "doesnt-like-it", build: () => joylessLead(), text: new RegExp(`^You rated the joy of helping your team grow ${R} of 5 on average over your last 4 logged weeks\\.$`) },
  { id: "doesnt-like-it.satisfaction-drop", of: "doesnt-like-it", build: () => joylessLead(13), text: new RegExp(`^Your satisfaction fell from ${R} of 5 \\(your usual before that\\) to ${R} on average over your last 8 logged weeks\\.$`) },
  { id: "doesnt-like-it.satisfaction-falling", of: "doesnt-like-it", build: () => joylessLead(9), text: new RegExp(`^Your satisfaction is going down by about 0\\.\\d\\d points a week over your last 8 logged weeks\\.$`) },
  { id: "doesnt-like-it.satisfaction-low", of: "doesnt-like-it", build: () => lead(16, () => ({ teamGrowthJoy: 1.4, satisfaction: 1.4 })), text: /^You rated your satisfaction 1\.0 of 5 on average over your last 4 logged weeks\.$/ },
  { id: "doesnt-like-it.mentoring-below-target", of: "doesnt-like-it", build: () => lead(16, () => ({ shares: { meetings: 0.4, execution: 0.3, mentoring: 0.03 }, teamGrowthJoy: 1.4 })), text: /^Mentoring took 3 % of your week over your last 4 logged weeks, under your own minimum of 20 %\.$/ },
  { id: "doesnt-like-it.others-raised", of: "doesnt-like-it", build: () => lead(16, (i) => ({ ...drifting(i), energy: { meetings: 1, execution: 5, mentoring: 3 }, politics: 5, support: 1, managerOneOnOne: false, teamGrowthJoy: 1.4, satisfaction: 1.4 })), text: new RegExp(`^Several other signs are up at the same time: missing hands-on work \\(${N}\\), meetings and politics \\(${N}\\), not set up for success \\(${N}\\)\\.$`) },
  { id: "doesnt-like-it.long-hours", of: "doesnt-like-it", build: () => lead(16, () => ({ totalHours: 62, teamGrowthJoy: 1.4, satisfaction: 1.4 })), text: /^Your weeks averaged 62 h over your last 4 logged weeks\.$/ },
  { id: "workload.alert", of: "workload", build: () => sixtyHourLead(), text: new RegExp(`^Your weeks averaged ${N} h over your last 4 logged weeks\\. Working 55 hours or more a week is linked to a higher risk of stroke and heart disease \\(WHO/ILO, 2021\\)\\.$`) },
  { id: "workload.watch", of: "workload", build: () => lead(12, () => ({ totalHours: 52 })), text: /^Your weeks averaged 52 h over your last 4 logged weeks\. Beyond about 50 hours a week, output per hour drops \(Pencavel, 2014\)\.$/ },
  { id: "workload.rise", of: "workload", build: () => lead(18, (i) => ({ totalHours: path(i, [[13, 37], [14, 49]]) })), text: /^Your weeks grew from a usual 37 h to 49 h on average over your last 4 logged weeks\.$/ },
  { id: "enough.logged", of: "missed-executing", build: () => helpDeskLead(2), text: /^Not enough data yet: log 4 more weeks\.$/ },
  { id: "enough.recent", of: "missed-executing", build: () => formerEngineer(16), options: { asOf: addIsoWeeks(formerEngineer(16).checkins.at(-1)!.week, 11) }, text: /^Not enough recent data: 1 of your last 12 weeks are logged; log 2 more weeks\.$/ },
  { id: "enough.answers", of: "doesnt-like-it", build: () => lead(10, () => ({ teamGrowthJoy: null, satisfaction: null })), text: /^Not enough answers yet: answer the joy or satisfaction question in 3 more weeks \(0 of your last 12 weeks answered it\)\.$/ },
  { id: "status.back-to-ok", of: "missed-executing", build: () => recoveredLead(), text: /^Back to ok after 1[0-4] weeks at watch or alert\.$/ },
  { id: "status.down-to-watch", of: "missed-executing", build: () => lead(22, (i) => ({ shares: { execution: path(i, [[3, 0.38], [9, 0.06], [16, 0.06], [19, 0.15]]), meetings: 0.45, mentoring: 0.2 }, energy: { meetings: 3, execution: 5, mentoring: 4 } })), text: /^Down to watch after \d+ weeks at alert\.$/ },
];

function linesOf(c: Case) {
  const d = evaluateInDetail(c.build(), c.options);
  return c.of === "workload" ? d.workloadLines : d.lines[c.of];
}

describe("every evidence sentence", () => {
  it.each(CASES)("$id: $text", (c) => {
    const lines = linesOf(c).filter((l) => l.id === c.id);
    expect(lines, JSON.stringify(linesOf(c))).toHaveLength(1);
    expect(lines[0]!.text).toMatch(c.text);
    expect(lines[0]!.text).not.toMatch(/NaN|undefined|Infinity|null/);
  });

  it("the table names every id the engine writes, across personas and random leaders", () => {
    const known = new Set(CASES.map((c) => c.id));
    const files = [formerEngineer(30), productManager(30), meetingsLead(30), helpDeskLead(30), joylessLead(30), sparseUnsupportedLead(40), recoveredLead(40)];
    const rng = seededRng(3);
    for (let seed = 0; seed < 40; seed++) {
      files.push(
        buildExport({
          weeks: 2 + Math.floor(rng() * 50),
          seed,
          profile: { leadingSince: rng() < 0.5 ? "2019-05-06" : "2024-12-30" },
          plan: (i, r) => {
            if (r() < 0.15) return "missing";
            if (r() < 0.05) return "away";
            const execution = r() * 0.5;
            const meetings = r() * (1 - execution);
            const maybe = (v: number) => (r() < 0.15 ? null : v);
            return {
              totalHours: 20 + r() * 45,
              shares: { execution, meetings, mentoring: r() * (1 - execution - meetings) },
              lowValueOfMeetings: r() < 0.3 ? null : r(),
              energy: r() < 0.2 ? null : { meetings: 1 + r() * 4, execution: 1 + r() * 4, mentoring: 1 + r() * 4 },
              skillConfidence: maybe(1 + r() * 4 - i / 40),
              politics: maybe(1 + r() * 4),
              support: maybe(1 + r() * 4),
              teamGrowthJoy: maybe(1 + r() * 4 - i / 40),
              satisfaction: maybe(1 + r() * 4),
              managerOneOnOne: r() < 0.3 ? null : r() < 0.4,
              training: r() < 0.3 ? null : r() < 0.1,
            };
          },
        }),
      );
    }
    const seen = new Set<string>();
    for (const file of files) {
      for (const asOf of [undefined, addIsoWeeks(file.checkins.at(-1)?.week ?? START_WEEK, 9)]) {
        const d = evaluateInDetail(file, { asOf });
        for (const id of SIGN_IDS) for (const l of d.lines[id]) seen.add(l.id);
        for (const l of d.workloadLines) seen.add(l.id);
      }
    }
    expect([...seen].filter((id) => !known.has(id))).toEqual([]);
    expect(seen.size).toBeGreaterThan(20);
  });

  it("the table names every literal id in lib/signals", () => {
    const dir = join(process.cwd(), "lib", "signals");
    const files = [...readdirSync(dir).map((f) => join(dir, f)), ...readdirSync(join(dir, "signs")).map((f) => join(dir, "signs", f))];
    const literal = /"((?:missed-executing|skills-slipping|meetings-politics|not-set-up|doesnt-like-it|workload|enough|status)\.[a-z-]+)"/g;
    const ids = new Set(files.filter((f) => f.endsWith(".ts")).flatMap((f) => [...readFileSync(f, "utf8").matchAll(literal)].map((m) => m[1]!)));
    const known = new Set(CASES.map((c) => c.id));
    expect([...ids].filter((id) => !known.has(id))).toEqual([]);
    expect(ids.size).toBeGreaterThan(30);
  });
});
