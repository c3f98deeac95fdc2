import type { SignId } from "../enums";

/**
 * Stable ids: a lead will be able to adopt a step as an experiment and keep it across versions,
 * so an id is never reused for a different step and never renamed.
 */
export const STEP_IDS = [
  "block-hands-on-half-days",
  "take-off-critical-path-task",
  "hand-over-a-meeting",
  "pair-on-real-work",
  "schedule-learning-block",
  "talk-about-the-pendulum",
  "decline-low-value-meeting",
  "keep-meeting-free-block",
  "build-one-relationship",
  "mark-draining-meetings",
  "set-a-stopping-time",
  "ask-for-recurring-one-on-one",
  "find-training-or-peer-group",
  "name-what-you-need",
  "track-what-energizes-you",
  "plan-one-coaching-conversation",
  "talk-about-what-is-next",
] as const;
export type StepId = (typeof STEP_IDS)[number];

/**
 * What the app knows beyond the check-ins. The calendar import will keep the names of the
 * meetings the leader marked low value (a later issue); until then the list is absent and the
 * step text says "one recurring meeting you count as low value".
 */
export type StepContext = { calendar?: { lowValueMeetings?: readonly string[] } };

export type Step = {
  id: StepId;
  /** Short, as a heading. */
  title: string;
  /** What to do in the coming week, one or two sentences. */
  text: string;
  /** Why it helps and where that comes from (the sources are in docs/signals.md). */
  why: string;
};

type StepDefinition = {
  id: StepId;
  signs: readonly SignId[];
  /** The parts of those signs this step answers, strongest first wins; [] means it fits any reading of the sign. */
  parts: readonly string[];
  title: string;
  text: (ctx: StepContext) => string;
  why: string;
};

const quoteList = (names: readonly string[]) => names.map((n) => `“${n}”`).join(" or ");

const STEPS: readonly StepDefinition[] = [
  {
    id: "block-hands-on-half-days",
    signs: ["missed-executing"],
    parts: ["dropVsBaseline", "belowTarget"],
    title: "Block two half-days for hands-on work",
    text: () => "Put two half-day blocks of hands-on work into next week's calendar and treat them like meetings you cannot move.",
    why: "Makers need time in units of half a day (Paul Graham); Clockwise counts only free blocks of two hours or more as focus time.",
  },
  {
    id: "take-off-critical-path-task",
    signs: ["missed-executing"],
    parts: ["dropVsBaseline", "falling"],
    title: "Take one small task off the critical path",
    text: () => "Pick one bug, review or prototype you can finish in a few focused hours, so the team never waits on you.",
    why: "Player-coach leads are advised to keep roughly 20–40 % of the week hands-on without becoming the bottleneck.",
  },
  {
    id: "hand-over-a-meeting",
    signs: ["missed-executing"],
    parts: ["falling", "belowTarget"],
    title: "Hand one recurring meeting to someone on your team",
    text: () => "Ask someone on your team to run one recurring meeting for you, and spend that hour hands-on.",
    why: "It grows the person who runs it and gives back time for the work that energizes you; 68 % of people say they lack uninterrupted focus time (Microsoft Work Trend Index 2023).",
  },
  {
    id: "pair-on-real-work",
    signs: ["skills-slipping"],
    parts: ["lowHandsOnStreak"],
    title: "Pair on real work for an hour",
    text: () => "Book one hour this week to pair with someone on your team on a real task in your craft.",
    why: "The best frontline managers stay within two or three years of hands-on work (Charity Majors); pairing keeps the craft warm without owning the critical path.",
  },
  {
    id: "schedule-learning-block",
    signs: ["skills-slipping"],
    parts: ["confidence"],
    title: "Schedule one learning block",
    text: () => "Reserve 90 minutes for a talk, a course module or a deep review in your craft, and write down one thing to try.",
    why: "Your own confidence rating is what this sign reads; a small, regular dose of practice is the cheapest way to rebuild it.",
  },
  {
    id: "talk-about-the-pendulum",
    signs: ["skills-slipping"],
    parts: [],
    title: "Talk about keeping your craft",
    text: () =>
      "Tell your manager how you want to keep your craft current. Moving between leading and hands-on work is a normal career path, not a failure.",
    why: "Charity Majors, “The Engineer/Manager Pendulum” (2017); the article: stepping back from leadership is not a forever decision.",
  },
  {
    id: "decline-low-value-meeting",
    signs: ["meetings-politics"],
    parts: ["lowValue", "aboveTarget"],
    title: "Decline or shorten one low-value meeting",
    text: ({ calendar }) => {
      const names = calendar?.lowValueMeetings?.slice(0, 2) ?? [];
      const which = names.length > 0 ? quoteList(names) : "one recurring meeting you count as low value";
      return `Decline or shorten ${which} next week, or offer a written update instead.`;
    },
    why: "71 % of senior managers call meetings unproductive (Perlow et al., HBR 2017); your own low-value hours say which ones to start with.",
  },
  {
    id: "keep-meeting-free-block",
    signs: ["meetings-politics"],
    parts: ["aboveTarget", "rising"],
    title: "Keep a meeting-free block each day",
    text: () => "Keep at least one two-hour block a day free of meetings, and aim for no more than about three hours of meetings a day.",
    why: "Ceilings seen in practice are about 15 meeting hours a week or 3 a day; Clockwise measured an average of 14–16 hours a week.",
  },
  {
    id: "build-one-relationship",
    signs: ["meetings-politics"],
    parts: ["politics"],
    title: "Build one relationship before you need it",
    text: () => "Have one 30-minute conversation with a peer whose support you will need, about their goals rather than yours.",
    why: "The article reads much of “politics” as influence: learning what others need and how you can help them, so asking later is easier.",
  },
  {
    id: "mark-draining-meetings",
    signs: ["meetings-politics"],
    parts: ["drainingEnergy", "lowValue"],
    title: "Mark which meetings drain you",
    text: () => "After each meeting this week, mark it energizing or draining; bring the draining ones to your manager with one change to propose.",
    why: "Learning what energizes you is the article's core advice; a week of marks turns a vague feeling into a list you can act on.",
  },
  {
    id: "set-a-stopping-time",
    signs: ["meetings-politics", "doesnt-like-it"],
    parts: ["longHours"],
    title: "Set a stopping time",
    text: () => "Pick a fixed time to stop work on at least three days next week, and tell your team so they can count on it.",
    why: "Working 55 hours or more a week is linked to a 35 % higher risk of stroke and 17 % higher risk of dying from heart disease (WHO/ILO, 2021).",
  },
  {
    id: "ask-for-recurring-one-on-one",
    signs: ["not-set-up"],
    parts: ["noOneOnOne", "lowSupport"],
    title: "Ask for a recurring 1:1",
    text: () =>
      "Ask your manager for a recurring 30-minute 1:1 at least twice a month, moved rather than cancelled when calendars clash.",
    why: "Microsoft Viva Insights counts regular 1:1 time with one's own manager as support and treats a lack of it as a gap.",
  },
  {
    id: "find-training-or-peer-group",
    signs: ["not-set-up"],
    parts: ["noTraining"],
    title: "Find training or a peer group for new leads",
    text: () => "Sign up for one leadership course, coaching session or peer group of new leads this month.",
    why: "82 % of new managers had no formal leadership training (CMI/YouGov 2023); training raised manager thriving from 28 % to 34 % (Gallup 2025).",
  },
  {
    id: "name-what-you-need",
    signs: ["not-set-up"],
    parts: ["lowSupport"],
    title: "Name what you need",
    text: () => "Write down the three things you most need help with (processes, people, tools) and bring them to your next 1:1.",
    why: "The article's help-desk lead was handed a department with no processes and no help; knowing the support around you is the homework it recommends.",
  },
  {
    id: "track-what-energizes-you",
    signs: ["doesnt-like-it"],
    parts: [],
    title: "Track what energizes you",
    text: () => "At the end of each day this week, write one line on what gave you energy and what drained it.",
    why: "The article's advice: learn what makes you tick and what energizes you, so you can make the right career decision for you.",
  },
  {
    id: "plan-one-coaching-conversation",
    signs: ["doesnt-like-it"],
    parts: ["lowJoy", "mentoringBelowTarget"],
    title: "Plan one coaching conversation",
    text: () => "Plan one conversation this week about a team member's growth (their goals, not status) and notice how it feels.",
    why: "Google's Project Oxygen: good managers coach, support careers and care about the team's well-being; low joy in exactly that is the warning.",
  },
  {
    id: "talk-about-what-is-next",
    signs: ["doesnt-like-it"],
    parts: ["satisfaction", "othersRaised"],
    title: "Talk about what's next",
    text: () =>
      "Talk with a mentor or your manager about what you want next. Choosing to step back from leading is not a forever decision.",
    why: "In the article, pride delayed the change for the leader who didn't like it; all five ex-leaders did well after stepping back.",
  },
];

/**
 * One to `max` steps for a raised sign: first those answering its strongest parts (in order),
 * then the ones that fit any reading of it.
 */
export function stepsFor(sign: SignId, strongestParts: readonly string[], ctx: StepContext, max: number): Step[] {
  const own = STEPS.filter((s) => s.signs.includes(sign));
  const picked: StepDefinition[] = [];
  for (const part of strongestParts) {
    for (const step of own) if (step.parts.includes(part) && !picked.includes(step)) picked.push(step);
  }
  for (const step of own) if (step.parts.length === 0 && !picked.includes(step)) picked.push(step);
  if (picked.length === 0) picked.push(own[0]!);
  return picked.slice(0, max).map((s) => ({ id: s.id, title: s.title, text: s.text(ctx), why: s.why }));
}

/** Every step of the library, for docs and tests. */
export function allSteps(ctx: StepContext = {}): Array<Step & { signs: readonly SignId[] }> {
  return STEPS.map((s) => ({ id: s.id, signs: s.signs, title: s.title, text: s.text(ctx), why: s.why }));
}
