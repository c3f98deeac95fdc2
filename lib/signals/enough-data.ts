import type { SignId } from "../enums";
import type { SignalsConfig } from "./config";
import type { WindowCounts } from "./snapshot";
import type { EvidenceLine } from "./verdict";

type Requirement = SignalsConfig["enoughData"]["missedExecuting"];

/** Which window count holds a sign's answered weeks, and how to ask for them. */
const ANSWERS: Record<SignId | "workload", { count: keyof WindowCounts; questions: string } | null> = {
  "missed-executing": null,
  "skills-slipping": { count: "skill", questions: "the skill-confidence question" },
  "meetings-politics": null,
  "not-set-up": { count: "support", questions: "the 1:1, training or support question" },
  "doesnt-like-it": { count: "feeling", questions: "the joy or satisfaction question" },
  workload: null,
};

export const REQUIREMENT_KEYS = {
  "missed-executing": "missedExecuting",
  "skills-slipping": "skillsSlipping",
  "meetings-politics": "meetingsPolitics",
  "not-set-up": "notSetUp",
  "doesnt-like-it": "doesntLikeIt",
  workload: "workload",
} as const satisfies Record<SignId | "workload", keyof SignalsConfig["enoughData"]>;

export type DataNeed = {
  /** What to do, as a clause: "log 3 more weeks". */
  clause: string;
  /** More logged weeks the leader needs (0 when only answers are missing). */
  moreWeeks: number;
  line: EvidenceLine;
};

const more = (count: number) => (count === 1 ? "1 more week" : `${count} more weeks`);

const meets = (req: Requirement, loggedWeeks: number, counts: WindowCounts, answered: number) =>
  loggedWeeks >= req.loggedWeeks && counts.logged >= req.loggedInWindow && answered >= req.answeredInWindow;

/** Which signs have enough data at one week: the cheap check run for every history week (dataNeed says what is missing). */
export function enoughDataFlags(loggedWeeks: number, counts: WindowCounts, config: SignalsConfig, out: EnoughFlags): EnoughFlags {
  const e = config.enoughData;
  out.missedExecuting = meets(e.missedExecuting, loggedWeeks, counts, Infinity);
  out.skillsSlipping = meets(e.skillsSlipping, loggedWeeks, counts, counts.skill);
  out.meetingsPolitics = meets(e.meetingsPolitics, loggedWeeks, counts, Infinity);
  out.notSetUp = meets(e.notSetUp, loggedWeeks, counts, counts.support);
  out.doesntLikeIt = meets(e.doesntLikeIt, loggedWeeks, counts, counts.feeling);
  return out;
}

export type EnoughFlags = Record<Exclude<keyof SignalsConfig["enoughData"], "workload">, boolean>;

/** null when the sign has enough data to judge; otherwise what is missing, in words. */
export function dataNeed(
  id: SignId | "workload",
  loggedWeeks: number,
  counts: WindowCounts,
  config: SignalsConfig,
): DataNeed | null {
  const req: Requirement = config.enoughData[REQUIREMENT_KEYS[id]];
  const window = config.windows.dataWindowWeeks;
  const byTotal = req.loggedWeeks - loggedWeeks;
  const byWindow = req.loggedInWindow - counts.logged;
  const moreWeeks = Math.max(byTotal, byWindow, 0);
  if (moreWeeks > 0) {
    const clause = `log ${more(moreWeeks)}`;
    const text =
      byTotal >= byWindow
        ? `Not enough data yet: ${clause}.`
        : `Not enough recent data: ${counts.logged} of your last ${window} weeks are logged; ${clause}.`;
    return { clause, moreWeeks, line: { id: byTotal >= byWindow ? "enough.logged" : "enough.recent", text } };
  }
  const answers = ANSWERS[id];
  if (answers !== null) {
    const missing = req.answeredInWindow - counts[answers.count];
    if (missing > 0) {
      const clause = `answer ${answers.questions} in ${more(missing)}`;
      return {
        clause,
        moreWeeks: 0,
        line: { id: "enough.answers", text: `Not enough answers yet: ${clause} (${counts[answers.count]} of your last ${window} weeks answered it).` },
      };
    }
  }
  return null;
}
