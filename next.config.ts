import type { NextConfig } from "next";
import { lengthOverPattern, SERVER_ACTION_MAX_BODY_BYTES } from "./app/_server/body-limits";
import { NO_SCRIPT_PAGE_POLICY } from "./app/_server/security-headers";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// The page's policy comes from proxy.ts, which stays off requests with a body (see its matcher);
// a page rendered for such a request (a form posted without JavaScript) gets one without scripts.
const pagesOnly = "/((?!api/|share/|_next/).*)";
const noScriptPolicy = [{ key: "Content-Security-Policy", value: NO_SCRIPT_PAGE_POLICY }];
const bodyCarrying = [
  { type: "header" as const, key: "transfer-encoding" },
  { type: "header" as const, key: "content-length", value: "0*[1-9][0-9]*" },
];

const nextConfig: NextConfig = {
  // The tests and the bench build into their own directory (NEXT_DIST_DIR=.next-test), never into the
  // .next that a running `npm start` serves.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3", "@react-pdf/renderer"],
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_MAX_BODY_BYTES },
  },
  async rewrites() {
    return {
      beforeFiles: [
        // Next.js answers 500 for a malformed percent-escape in a dynamic route (vercel/next.js#92527);
        // proxy.ts answers 404 for requests without a body, and no client of ours sends a body to a path with a "%".
        ...bodyCarrying.map((condition) => ({ source: "/:path(.*%.*)", has: [condition], destination: "/api/refused/percent-encoded" })),
        // Refused before reading: Next.js reads a server action's body up to its limit, then answers 500.
        {
          source: pagesOnly,
          has: [{ type: "header", key: "content-length", value: lengthOverPattern(SERVER_ACTION_MAX_BODY_BYTES) }],
          destination: "/api/refused/too-large",
        },
        // Browsers always send a form's length; a chunked body could only be capped after reading it.
        { source: pagesOnly, has: [{ type: "header", key: "transfer-encoding" }], destination: "/api/refused/length-required" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      ...bodyCarrying.map((condition) => ({ source: pagesOnly, has: [condition], headers: noScriptPolicy })),
      { source: "/((?!share/).*)", headers: [{ key: "Referrer-Policy", value: "strict-origin-when-cross-origin" }] },
      // Shared reports: a bearer token sits in the URL, so no Referer, no index, no cache.
      {
        source: "/share/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "no-store" },
        ],
      },
    ];
  },
};

export default nextConfig;
