import type { Activity } from "../enums";
import type { CalendarRule } from "../validation/calendar";

export type EventParticipants = { summary: string; others: readonly string[] };
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

type Matcher = (event: EventParticipants) => boolean;

function matcherFor(rule: CalendarRule, managers: ReadonlySet<string>): Matcher {
  switch (rule.match) {
    case "manager":
      return (e) => e.others.some((o) => managers.has(o));
    case "one-on-one":
      return (e) => e.others.length === 1 && !managers.has(e.others[0]!);
    case "title": {
      const pattern = keywordPattern(rule.keywords);
      return (e) => pattern.test(e.summary);
    }
  }
}

/**
 * Ordered rules, first match wins; then "meetings" with other people and "other" alone. `others`
 * are the participants who are not the leader (rooms and resources left out). A manager 1:1 is an
 * event whose other participants are all the leader's managers, whatever rule classified it.
 */
export function createClassifier(rules: readonly CalendarRule[], managerEmails: readonly string[]): Classifier {
  const managers = new Set(managerEmails.map((e) => e.toLowerCase()));
  const matchers = rules.map((rule) => ({ matches: matcherFor(rule, managers), category: rule.category }));
  return (event) => {
    const isManagerOneOnOne = event.others.length > 0 && event.others.every((o) => managers.has(o));
    const rule = matchers.find((m) => m.matches(event));
    if (rule) return { category: rule.category, isManagerOneOnOne };
    return { category: event.others.length > 0 ? "meetings" : "other", isManagerOneOnOne };
  };
}
