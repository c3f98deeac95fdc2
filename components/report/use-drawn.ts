import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while the server renders the page (and during hydration), true in the browser right after.
 * The report's charts and tables are drawn in the browser from the page view the page already
 * sends, so the server neither renders their few hundred elements nor sends them a second time.
 */
export function useDrawn(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
