import { seededRandom } from "@/lib/random";
import { addIsoWeeks } from "@/lib/iso-week";
import type { Checkin } from "@/lib/validation/checkin";
import { makeCheckin } from "./factories";

export const FIRST = "2026-W01";
const rating = (r: () => number) => 1 + Math.floor(r() * 5);
export const clamp = (v: number) => Math.min(5, Math.max(1, Math.round(v)));

/** `n` weeks whose split and ratings are independent random draws: nothing to find. */
export function noiseWeeks(seed: number, n: number): Checkin[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const execution = Math.round(r() * 20);
    const meetings = Math.round(r() * 20);
    const mentoring = Math.round(r() * 10);
    return makeCheckin(addIsoWeeks(FIRST, i), {
      hours: { meetings, execution, mentoring, other: 4 },
      lowValueMeetingHours: Math.min(meetings, Math.round(r() * 5)),
      energy: { meetings: rating(r), execution: rating(r), mentoring: rating(r) },
      skillConfidence: rating(r),
      teamGrowthJoy: rating(r),
      satisfaction: rating(r),
    });
  });
}

/** Weeks where satisfaction is about 2 points higher whenever hands-on work is a big share of the week. */
export function effectWeeks(seed: number, n: number): Checkin[] {
  const r = seededRandom(seed);
  return noiseWeeks(seed + 1, n).map((c, i) => {
    const handsOn = i % 2 === 0 || r() < 0.2;
    const execution = handsOn ? 16 + Math.round(r() * 4) : 2 + Math.round(r() * 4);
    return { ...c, hours: { ...c.hours, execution }, satisfaction: clamp((handsOn ? 4.2 : 2.2) + (r() - 0.5) * 1.6) };
  });
}
