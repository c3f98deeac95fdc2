"use client";
import { SerwistProvider } from "@serwist/turbopack/react";

/**
 * Registers the service worker (app/sw.ts) in production. Pages are not cached on navigation and
 * the page is not reloaded when the connection returns: a check-in being typed must stay as it is.
 */
export function ServiceWorker({ children }: { children: React.ReactNode }) {
  return (
    <SerwistProvider
      swUrl="/serwist/sw.js"
      disable={process.env.NODE_ENV !== "production"}
      cacheOnNavigation={false}
      reloadOnOnline={false}
    >
      {children}
    </SerwistProvider>
  );
}
