/// <reference lib="webworker" />
import { NetworkOnly, Serwist, type PrecacheEntry } from "serwist";

/**
 * Pendulum's service worker, bundled by @serwist/turbopack (app/serwist/[path]/route.ts).
 *
 * It keeps only what is the same for everyone: the build's scripts and styles, the icons and the
 * offline page. Pages, their data and every /api answer go to the network and are never cached, so
 * nothing of one leader's is left in this browser's caches for the next person. A check-in typed
 * while offline is kept by the page itself (components/checkin/pending-store.ts), not here.
 */
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

export const OFFLINE_PAGE = "/offline.html";

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  navigationPreload: false,
  runtimeCaching: [
    // A page that can't be reached answers with the offline page instead of the browser's error.
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: OFFLINE_PAGE, matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
