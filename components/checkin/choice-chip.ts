/** Radio buttons drawn as chips: the input is visually hidden and the chip shows its state and focus. */
const chipBase =
  "flex min-h-11 cursor-pointer items-center justify-center rounded-lg border border-stone-300 bg-white " +
  "peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-blue-600 " +
  "dark:border-stone-600 dark:bg-stone-900 dark:peer-focus-visible:outline-blue-400";
export const scoreChip =
  `${chipBase} min-w-11 px-2 text-base font-semibold text-stone-900 dark:text-stone-100 ` +
  "peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white " +
  "dark:peer-checked:border-blue-400 dark:peer-checked:bg-blue-400 dark:peer-checked:text-stone-950";
export const noneChip =
  `${chipBase} px-2 text-sm font-medium text-stone-700 ` +
  "peer-checked:border-stone-600 peer-checked:bg-stone-200 peer-checked:text-stone-900 " +
  "dark:text-stone-300 dark:peer-checked:border-stone-300 dark:peer-checked:bg-stone-700 dark:peer-checked:text-stone-50";

export const choiceChip =
  `${chipBase} px-3 text-sm font-medium text-stone-900 dark:text-stone-100 ` +
  "peer-checked:border-blue-700 peer-checked:bg-blue-700 peer-checked:text-white " +
  "dark:peer-checked:border-blue-400 dark:peer-checked:bg-blue-400 dark:peer-checked:text-stone-950";
