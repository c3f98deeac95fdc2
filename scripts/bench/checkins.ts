import { closeDb } from "../../db/client";
import { listCheckins, saveCheckin } from "../../db/queries/checkins";
import { addIsoWeeks, lastCompletedIsoWeek } from "../../lib/iso-week";
import { perRating } from "../../lib/ratings";
import type { Checkin } from "../../lib/validation/checkin";
import { formatCount, pick, summarize, timeEach, timingGoals, timingTable, type BenchSection, type Goal } from "./harness";
import { openSeededDb } from "./seed";

const GOAL: Goal = { stat: "p95", ms: 5 };

function randomCheckin(random: () => number, week: string): Checkin {
  const quarter = (max: number) => Math.round(random() * max * 4) / 4;
  const meetings = quarter(30);
  const rating = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 5));
  return {
    week,
    hours: { meetings, execution: quarter(25), mentoring: quarter(10), other: quarter(8) },
    lowValueMeetingHours: Math.round(meetings * random() * 0.5 * 4) / 4,
    energy: { meetings: rating(), execution: rating(), mentoring: rating() },
    ...perRating(() => rating()),
    managerOneOnOne: random() < 0.5,
    training: random() < 0.2 ? true : null,
    note: random() < 0.2 ? "Bench note: a busy week with two incidents." : null,
  };
}

export const checkinsBench: BenchSection = {
  name: "check-ins",
  description: "save and read check-ins through db/queries (--leaders × --weeks)",
  async run({ options, iterations, warmup, random, tempDir }) {
    const seeded = await openSeededDb(tempDir("check-ins"), {
      leaders: options.leaders,
      weeks: options.weeks,
      lastWeek: lastCompletedIsoWeek(new Date(), "UTC"),
      random,
    });
    const { db, leaderIds, weeks } = seeded;
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

    await closeDb(db);

    const timings = [
      summarize("save check-in (insert or update)", saveMs, GOAL),
      summarize("  of which inserts of a new week", insertMs),
      summarize("  of which updates of a saved week", updateMs),
      summarize(`read one leader's full history (${weeks.length}+ weeks)`, readMs, GOAL),
    ];
    const seed =
      `${formatCount(leaderIds.length)} leaders × ${weeks.length} weeks (${weeks[0]} … ${weeks.at(-1)}) = ` +
      `${formatCount(seeded.checkins)} check-ins`;
    return {
      tables: [
        {
          title: "Seeded database",
          headers: ["~rows", "seed s", "migrate ms", "file MB"],
          rows: [[seed, (seeded.seedMs / 1000).toFixed(2), seeded.migrateMs.toFixed(0), seeded.sizeMb.toFixed(1)]],
        },
        timingTable(`Timings (${formatCount(iterations)} iterations after ${warmup} warm-up calls)`, timings),
      ],
      goals: timingGoals("check-ins", timings),
    };
  },
};
