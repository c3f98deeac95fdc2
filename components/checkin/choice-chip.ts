/**
 * Radio buttons drawn as chips: the input is visually hidden and the chip shows its state and focus.
 * The styles are component classes in app/globals.css (`.chip` and its kinds), not utilities written
 * out on each of the check-in's fifty chips.
 */
export const scoreChip = "chip chip-score";
export const noneChip = "chip chip-none";
export const choiceChip = "chip chip-choice";
