import { listCheckins, saveCheckin } from "../../db/queries/checkins";
import { addIsoWeeks } from "../../lib/iso-week";
import type { Checkin } from "../../lib/validation/checkin";
import { pick, summarize, timeEach, type BenchSection } from "./harness";

const GOAL_P95_MS = 5;

function randomCheckin(random: () => number, week: string): Checkin {
  const quarter = (max: number) => Math.round(random() * max * 4) / 4;
  const meetings = quarter(30);
  const rating = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  return {
    week,
    hours: { meetings, execution: quarter(25), mentoring: quarter(10), other: quarter(8) },
    lowValueMeetingHours: Math.round(meetings * random() * 0.5 * 4) / 4,
    energy: { meetings: rating(), execution: rating(), mentoring: rating() },
    skillConfidence: rating(),
    politics: rating(),
    support: rating(),
    teamGrowthJoy: rating(),
    satisfaction: rating(),
    managerOneOnOne: random() < 0.5,
    training: random() < 0.2 ? true : null,
    note: random() < 0.2 ? "Bench note: a busy week with two incidents." : null,
  };
}

export const checkinsBench: BenchSection = {
  name: "check-ins",
  async run({ db, leaderIds, weeks, iterations, warmup, random }) {
    const olderWeeks = weeks.map((w) => addIsoWeeks(w, -weeks.length));
    const taken = new Set<string>();
    const saves = Array.from({ length: warmup + iterations }, () => {
      const userId = pick(random, leaderIds);
      const week = random() < 0.5 ? pick(random, weeks) : pick(random, olderWeeks);
      const key = `${userId}|${week}`;
      const isInsert = !weeks.includes(week) && !taken.has(key);
      taken.add(key);
      return { userId, checkin: randomCheckin(random, week), isInsert };
    });
    const saveMs = await timeEach(saves, warmup, ({ userId, checkin }) => saveCheckin(db, userId, checkin));
    const timed = saves.slice(warmup);
    const insertMs = saveMs.filter((_, i) => timed[i]!.isInsert);
    const updateMs = saveMs.filter((_, i) => !timed[i]!.isInsert);

    const reads = Array.from({ length: warmup + iterations }, () => pick(random, leaderIds));
    const readMs = await timeEach(reads, warmup, (userId) => listCheckins(db, { userId }));

    return [
      summarize("check-ins", "save check-in (insert or update)", saveMs, GOAL_P95_MS),
      summarize("check-ins", "  of which inserts of a new week", insertMs),
      summarize("check-ins", "  of which updates of a saved week", updateMs),
      summarize("check-ins", `read one leader's full history (${weeks.length}+ weeks)`, readMs, GOAL_P95_MS),
    ];
  },
};
