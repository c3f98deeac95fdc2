import { createSerwistRoute } from "@serwist/turbopack";

/**
 * The service worker (/serwist/sw.js), bundled from app/sw.ts by esbuild when `next build`
 * prerenders this route: Serwist's way under Turbopack, which has no webpack plugin to do it.
 * The precache list is the build's static files and public/ (see docs/decisions.md).
 */
// The build's own directory: the tests and the bench build into .next-test (NEXT_DIST_DIR), and a
// stale .next beside it must not end up in the precache list.
const DIST_DIR = process.env.NEXT_DIST_DIR || ".next";

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // public/ holds the icons and the offline page; nothing from it is private.
  globPatterns: [`${DIST_DIR}/static/**/*.{js,css,woff2,svg,png}`, "public/**/*"],
  nextConfig: { distDir: DIST_DIR },
  additionalPrecacheEntries: [],
});
