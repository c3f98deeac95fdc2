"use client";

import { useSyncExternalStore, type ReactNode } from "react";

const subscribe = () => () => {};

/**
 * True once React runs in the browser (false on the server and in the hydrating render). The
 * dashboard's charts and the report's charts and tables wait for it, so the server neither renders
 * their elements nor sends them a second time in the page's data.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

/**
 * A responsive Recharts chart measures its container, so on the server it can only draw an empty
 * box, yet building that box still ran the whole chart (its store and selectors) on every request:
 * a few milliseconds per chart on the dashboard. The server sends a box of the same height instead
 * and the chart is drawn after hydration; the words around it (legend keys, bands) stay server-rendered.
 */
export function BrowserOnly({ height, children }: { height: number; children: () => ReactNode }) {
  // A function, so that not even the chart's elements and data rows are built on the server.
  return useHydrated() ? children() : <div aria-hidden="true" style={{ width: "100%", height }} />;
}
