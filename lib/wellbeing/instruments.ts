// The questionnaires as published (sources and terms of use: docs/wellbeing.md, docs/decisions.md).

/**
 * WHO-5 Well-Being Index, 1998 version, English wording as distributed by the Psychiatric Research
 * Unit, Mental Health Centre North Zealand. Its terms ask that any change of wording be marked.
 */
export const WHO5 = {
  id: "who5",
  name: "WHO-5 Well-Being Index",
  instruction: "Please indicate for each of the five statements which is closest to how you have been feeling over the last two weeks.",
  lead: "Over the last two weeks",
  items: [
    "I have felt cheerful and in good spirits",
    "I have felt calm and relaxed",
    "I have felt active and vigorous",
    "I woke up feeling fresh and rested",
    "My daily life has been filled with things that interest me",
  ],
  /** Answer value → label; 5 is the best. */
  options: [
    { value: 5, label: "All of the time" },
    { value: 4, label: "Most of the time" },
    { value: 3, label: "More than half of the time" },
    { value: 2, label: "Less than half of the time" },
    { value: 1, label: "Some of the time" },
    { value: 0, label: "At no time" },
  ],
  attribution: "WHO-5 © Psychiatric Research Unit, Mental Health Centre North Zealand; used as published, free of charge.",
} as const;

export const WHO5_ITEM_COUNT = 5;
export const WHO5_ITEM_MAX = 5;

/**
 * The non-proprietary single-item burnout measure from the Physician Worklife Study (Schmoldt et
 * al. 1994), validated against the Maslach emotional-exhaustion scale by Rohland et al. (2004) and
 * Dolan et al. (2015). Answers 1–5; 3 or more is the published cut-off for burnout.
 */
export const SINGLE_ITEM_BURNOUT = {
  id: "single-item-burnout",
  name: "Single-item burnout measure",
  question: "Overall, based on your definition of burnout, how would you rate your level of burnout?",
  options: [
    { value: 1, label: "I enjoy my work. I have no symptoms of burnout." },
    { value: 2, label: "Occasionally I am under stress, and I don't always have as much energy as I once did, but I don't feel burned out." },
    { value: 3, label: "I am definitely burning out and have one or more symptoms of burnout, such as physical and emotional exhaustion." },
    { value: 4, label: "The symptoms of burnout that I'm experiencing won't go away. I think about frustration at work a lot." },
    {
      value: 5,
      label: "I feel completely burned out and often wonder if I can go on. I am at the point where I may need some changes or may need to seek some sort of help.",
    },
  ],
  attribution: "Single-item burnout measure of the Physician Worklife Study (Schmoldt et al. 1994), non-proprietary; see Dolan et al. 2015.",
} as const;

export const BURNOUT_MIN = 1;
export const BURNOUT_MAX = 5;

/** A check is offered every four weeks (issue 15). */
export const WELLBEING_INTERVAL_WEEKS = 4;
/** One check a week at most, for a century of weeks: the same bound as check-ins. */
export const MAX_WELLBEING_CHECKS = 5_220;
