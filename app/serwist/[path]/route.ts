import { createSerwistRoute } from "@serwist/turbopack";

/**
 * The service worker (/serwist/sw.js), bundled from app/sw.ts by esbuild when `next build`
 * prerenders this route: Serwist's way under Turbopack, which has no webpack plugin to do it.
 * The precache list is the build's static files and public/ (see docs/decisions.md).
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
  // public/ holds the icons and the offline page; nothing from it is private.
  globPatterns: [".next/static/**/*.{js,css,woff2,svg,png}", "public/**/*"],
  additionalPrecacheEntries: [],
});
