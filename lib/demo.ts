import { addIsoWeeks, isoWeeksBetween, lastCompletedIsoWeek } from "./iso-week";
import { seededRandom } from "./random";
import { NO_RATINGS } from "./ratings";
import type { Checkin } from "./validation/checkin";

export const DEMO_WEEKS = 16;
export const MAX_DEMO_WEEKS = 104;
const DEMO_SEED = 0x5eed2026;

const lerp = (from: number, to: number, t: number) => from + (to - from) * t;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const quarter = (hours: number) => Math.max(0, Math.round(hours * 4) / 4);

const NOTES = {
  early: [
    "Paired on the payments refactor most afternoons.",
    "Shipped the import fix myself. Good feeling.",
    "First skip-level went fine.",
  ],
  middle: [
    "Roadmap planning ate Wednesday and Thursday.",
    "Hiring loop: four interviews.",
    "Handed the refactor to Priya; only reviewing now.",
  ],
  late: [
    "Back-to-back syncs, no time to code at all.",
    "A prep meeting for the steering meeting.",
    "My 1:1 got cancelled again.",
    "Felt like a calendar manager this week.",
  ],
} as const;

function awayWeek(week: string): Checkin {
  return {
    week,
    hours: { meetings: 0, execution: 0, mentoring: 0, other: 0 },
    lowValueMeetingHours: null,
    energy: { meetings: null, execution: null, mentoring: null },
    ...NO_RATINGS,
    managerOneOnOne: null,
    training: null,
    note: "Holiday, offline.",
  };
}

/**
 * A plausible history of `weeks` weeks ending last week in which "missed executing" develops:
 * meetings creep up and hands-on execution drains from about 35 % to under 10 %, execution
 * still energizes while meetings drain. Two weeks are missing, one is an away week.
 */
export function buildDemoHistory({
  now,
  timeZone,
  weeks = DEMO_WEEKS,
}: {
  now: Date;
  timeZone: string;
  weeks?: number;
}): Checkin[] {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_DEMO_WEEKS) {
    throw new RangeError(`weeks must be a whole number from 1 to ${MAX_DEMO_WEEKS}`);
  }
  const random = seededRandom(DEMO_SEED);
  const jitter = (spread: number) => (random() * 2 - 1) * spread;
  const rating = (value: number, skipChance = 0.08) => (random() < skipChance ? null : clamp(Math.round(value), 1, 5));
  const yesNo = (yesChance: number, skipChance: number) => (random() < skipChance ? null : random() < yesChance);

  const last = lastCompletedIsoWeek(now, timeZone);
  const hasGaps = weeks >= 8;
  const missing = new Set(hasGaps ? [Math.round(weeks * 0.3), Math.round(weeks * 0.7)] : []);
  const away = hasGaps ? Math.round(weeks * 0.5) : -1;
  const trainingWeek = Math.round(weeks * 0.2);

  return isoWeeksBetween(addIsoWeeks(last, -(weeks - 1)), last).flatMap((week, i): Checkin[] => {
    if (missing.has(i)) return [];
    if (i === away) return [awayWeek(week)];
    const t = weeks === 1 ? 1 : i / (weeks - 1);
    const total = 44 + 3 * t + jitter(3);
    const executionShare = 0.38 - 0.32 * Math.min(1, t * 1.15) + jitter(0.015);
    const meetingsShare = lerp(0.28, 0.6, t) + jitter(0.03);
    const mentoringShare = lerp(0.2, 0.16, t) + jitter(0.02);
    const otherShare = Math.max(0.05, 1 - executionShare - meetingsShare - mentoringShare);
    const meetings = quarter(total * meetingsShare);
    const stage = t < 0.34 ? NOTES.early : t < 0.67 ? NOTES.middle : NOTES.late;
    return [
      {
        week,
        hours: {
          meetings,
          execution: quarter(total * executionShare),
          mentoring: quarter(total * mentoringShare),
          other: quarter(total * otherShare),
        },
        lowValueMeetingHours: random() < 0.1 ? null : Math.min(meetings, quarter(meetings * lerp(0.1, 0.4, t) + jitter(1))),
        energy: {
          meetings: rating(lerp(3.8, 1.5, t) + jitter(0.4), 0.05),
          execution: random() < 0.7 ? 5 : 4,
          mentoring: rating(3.6 + jitter(0.8)),
        },
        // A rating question added later stays unanswered in the demo until it gets a path here.
        ...NO_RATINGS,
        skillConfidence: rating(lerp(4.2, 2.6, t) + jitter(0.5)),
        politics: rating(lerp(2, 4, t) + jitter(0.5)),
        support: rating(lerp(3.2, 2.4, t) + jitter(0.6)),
        teamGrowthJoy: rating(lerp(4, 3.2, t) + jitter(0.6)),
        satisfaction: rating(lerp(4, 2.2, t) + jitter(0.5), 0.04),
        managerOneOnOne: yesNo(lerp(0.85, 0.3, t), 0.15),
        training: i === trainingWeek ? true : i % 4 === 1 ? null : false,
        note: random() < 0.45 ? stage[Math.floor(random() * stage.length)]! : null,
      },
    ];
  });
}
