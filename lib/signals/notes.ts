import { totalHours } from "../checkin";
import type { SignId } from "../enums";
import type { Checkin } from "../validation/checkin";
import type { Profile } from "../validation/profile";
import type { SignalsConfig } from "./config";
import type { Snapshot } from "./snapshot";

/** A week's note quoted as evidence. Private: shown to the leader, never put into evidence or shared. */
export type NoteQuote = { week: string; text: string };

const pct = (c: Checkin, activity: keyof Checkin["hours"]) => (100 * c.hours[activity]) / totalHours(c.hours);
const below3 = (rating: number | null) => (rating === null ? 0 : 3 - rating);
const above3 = (rating: number | null) => (rating === null ? 0 : rating - 3);

/** How strongly one logged week shows the sign, in rough rating points; above 0 means it shows it. */
const WEEK_WEIGHT: Record<SignId, (c: Checkin, s: Snapshot, profile: Profile, config: SignalsConfig) => number> = {
  "missed-executing": (c, s) => (s.executionBaselinePct - pct(c, "execution")) / 5,
  "skills-slipping": (c, _s, _p, config) =>
    below3(c.skillConfidence) + (pct(c, "execution") < config.skillsSlipping.lowHandsOnPct ? 1 : 0),
  "meetings-politics": (c, _s, profile) =>
    (pct(c, "meetings") - profile.targets.meetingsMaxPct) / 10 +
    above3(c.politics) +
    below3(c.energy.meetings) +
    (c.lowValueMeetingHours !== null && c.hours.meetings > 0 ? (2 * c.lowValueMeetingHours) / c.hours.meetings : 0),
  "not-set-up": (c) => (c.managerOneOnOne === false ? 1 : 0) + (c.training === false ? 0.5 : 0) + below3(c.support),
  "doesnt-like-it": (c) => below3(c.teamGrowthJoy) + below3(c.satisfaction),
};

function shorten(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxLength) return flat;
  const cut = flat.slice(0, maxLength - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > maxLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * The leader's own notes from the weeks that show the sign most, among the trend window's
 * logged weeks; newest first, a note repeated word for word quoted once.
 */
export function notesBehind(
  id: SignId,
  window: readonly Checkin[],
  s: Snapshot,
  profile: Profile,
  config: SignalsConfig,
): NoteQuote[] {
  const { perSign, maxLength } = config.notes;
  if (perSign === 0) return [];
  const weigh = WEEK_WEIGHT[id];
  const seen = new Set<string>();
  return window
    .map((c, order) => ({ c, order, weight: c.note ? weigh(c, s, profile, config) : 0 }))
    .filter((x) => x.weight > 0)
    .sort((a, b) => b.weight - a.weight || b.order - a.order)
    .filter((x) => !seen.has(x.c.note!.trim()) && seen.add(x.c.note!.trim()))
    .slice(0, perSign)
    .sort((a, b) => b.order - a.order)
    .map((x) => ({ week: x.c.week, text: shorten(x.c.note!, maxLength) }));
}
