// Plain numbers shared by the schemas and the check-in form; kept free of zod so client code can import them.
export const MAX_HOURS_PER_ACTIVITY = 100;
export const HOURS_IN_WEEK = 168;
export const NOTE_MAX_LENGTH = 2000;
export const DISPLAY_NAME_MAX_LENGTH = 80;
/** Every 1–5 question (ratings and energy). */
export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Time-split targets are whole percentages. */
export const PERCENT_MAX = 100;
export const TEAM_SIZE_MAX = 10_000;

/** A share-link viewer's reply (issue 11): plain text, counted in code points like every other text. */
export const SHARE_REPLY_MAX_LENGTH = 1000;
