import type { Activity } from "../enums";
import type { CalendarRule } from "../validation/calendar";

export type EventParticipants = { summary: string; others: string[] };
export type Classification = { category: Activity; isManagerOneOnOne: boolean };
export type Classifier = (event: EventParticipants) => Classification;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Whole-word, case-insensitive: "build" matches "Build the release" but not "rebuild"; spaces match any run of spaces. */
export function keywordPattern(keywords: readonly string[]): RegExp {
  const alternatives = keywords.map((k) => escapeRegExp(k.trim().toLowerCase()).replace(/\s+/g, "\\s+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}])`, "iu");
}

/**
 * Ordered rules, first match wins; then "meetings" with other people and "other" alone. A manager
 * 1:1 is an event whose other participants are all the leader's managers, whatever rule classified it.
 */
export function createClassifier(rules: readonly CalendarRule[], managerEmails: readonly string[]): Classifier {
  const managers = new Set(managerEmails.map((e) => e.toLowerCase()));
  const matchers = rules.map((rule) => {
    if (rule.match === "manager") return { matches: (e: EventParticipants) => e.others.some((o) => managers.has(o)), category: rule.category };
    const pattern = keywordPattern(rule.keywords);
    return { matches: (e: EventParticipants) => pattern.test(e.summary), category: rule.category };
  });
  return (event) => {
    const isManagerOneOnOne = event.others.length > 0 && event.others.every((o) => managers.has(o));
    const rule = matchers.find((m) => m.matches(event));
    if (rule) return { category: rule.category, isManagerOneOnOne };
    return { category: event.others.length > 0 ? "meetings" : "other", isManagerOneOnOne };
  };
}
