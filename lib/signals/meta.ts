import { SIGN_IDS, type SignId } from "../enums";
import { SIGN_COLORS } from "../palette";

export const SIGN_LEVELS = ["ok", "watch", "alert"] as const;
export type SignLevel = (typeof SIGN_LEVELS)[number];

export const SIGN_DIRECTIONS = ["rising", "steady", "falling"] as const;
export type SignDirection = (typeof SIGN_DIRECTIONS)[number];

export type SignMeta = {
  id: SignId;
  /** As a heading: "Missing hands-on work". */
  title: string;
  /** Inside a sentence: "missing hands-on work". */
  name: string;
  /** What the sign asks, in the leader's words. */
  question: string;
  /** The sign's series colour, from lib/palette.ts: a mid-tone with at least 3:1 contrast on the light and the dark card. */
  color: string;
};

export const SIGN_META: Readonly<Record<SignId, SignMeta>> = {
  "missed-executing": {
    id: "missed-executing",
    title: "Missing hands-on work",
    name: "missing hands-on work",
    question: "Is the craft that energizes you being squeezed out of your weeks?",
    color: SIGN_COLORS["missed-executing"],
  },
  "skills-slipping": {
    id: "skills-slipping",
    title: "Skills slipping",
    name: "skills slipping",
    question: "Have you gone long without practising your craft, and does it feel rusty?",
    color: SIGN_COLORS["skills-slipping"],
  },
  "meetings-politics": {
    id: "meetings-politics",
    title: "Meetings and politics",
    name: "meetings and politics",
    question: "Are meetings, low-value ones and politics taking over your time and energy?",
    color: SIGN_COLORS["meetings-politics"],
  },
  "not-set-up": {
    id: "not-set-up",
    title: "Not set up for success",
    name: "not set up for success",
    question: "Do you get 1:1s with your manager, training and the support a new lead needs?",
    color: SIGN_COLORS["not-set-up"],
  },
  "doesnt-like-it": {
    id: "doesnt-like-it",
    title: "Not enjoying the role",
    name: "not enjoying the role",
    question: "Does helping your team grow still bring you joy and satisfaction?",
    color: SIGN_COLORS["doesnt-like-it"],
  },
};

export const LEVEL_LABELS: Readonly<Record<SignLevel, string>> = { ok: "OK", watch: "Watch", alert: "Alert" };

export const DIRECTION_LABELS: Readonly<Record<SignDirection, string>> = { rising: "Rising", steady: "Steady", falling: "Easing" };

/** Severity order for sorting: alert first. */
export const LEVEL_RANK: Readonly<Record<SignLevel, number>> = { ok: 0, watch: 1, alert: 2 };

/** Kept for renderers written against the older split of titles and questions. */
export const SIGN_TITLES: Readonly<Record<SignId, { title: string; question: string }>> = Object.fromEntries(
  SIGN_IDS.map((id) => [id, { title: SIGN_META[id].title, question: SIGN_META[id].question }]),
) as Record<SignId, { title: string; question: string }>;

/** The sign colours are the palette's (lib/palette.ts), the one home of the app's colours. */
export { SIGN_COLORS };
