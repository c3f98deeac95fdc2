/** Radio buttons drawn as chips: the input is visually hidden and the chip shows its state and focus. */
const chipBase =
  "flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-border-strong bg-surface " +
  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-accent";
const checkedAccent = "peer-checked:border-accent peer-checked:bg-accent peer-checked:text-on-accent";
export const scoreChip = `${chipBase} min-w-11 px-2 text-base font-semibold text-text ${checkedAccent}`;
export const noneChip =
  `${chipBase} px-2 text-sm font-medium text-muted ` +
  "peer-checked:border-muted peer-checked:bg-surface-muted peer-checked:text-text";
export const choiceChip = `${chipBase} px-3 text-sm font-medium text-text ${checkedAccent}`;
