// Plain numbers shared by the schemas and the check-in form; kept free of zod so client code can import them.
export const MAX_HOURS_PER_ACTIVITY = 100;
export const HOURS_IN_WEEK = 168;
export const NOTE_MAX_LENGTH = 2000;
export const DISPLAY_NAME_MAX_LENGTH = 80;
