import type { HTMLAttributes } from "react";

/** The skip link's target. */
export const MAIN_ID = "main";

/** A page's main region; focusable from the skip link, so keyboard and screen-reader users land on it. */
export function Main({ className = "", ...props }: HTMLAttributes<HTMLElement>) {
  return <main id={MAIN_ID} tabIndex={-1} className={`outline-none ${className}`} {...props} />;
}
