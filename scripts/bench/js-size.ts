import { constants, gzipSync } from "node:zlib";
import { formatCount, formatKb, log, type BenchSection, type GoalResult } from "./harness";
import { DASHBOARD_MARKER, signedInServer } from "./http-fixture";

const GZIP_LEVEL = constants.Z_DEFAULT_COMPRESSION;
// Recharts' class names are string literals, so they survive minification; the bare name may not.
const RECHARTS_MARKERS = ["recharts-wrapper", "recharts-surface", "recharts", "Recharts"];
const CHUNK_PATH = /\/_next\/static\/[A-Za-z0-9_\-./]+?\.js/g;

type Page = { name: string; path: string; marker: string; goalKb: number };
type Chunk = { path: string; bytes: number; gzipBytes: number; text: string };
type PageScripts = { page: Page; htmlGzipBytes: number; chunks: string[]; noModule: string[] };

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const [, name, value] of tag.matchAll(/([^\s=<>/]+)(?:="([^"]*)")?/g)) {
    attrs.set(name!.toLowerCase(), (value ?? "").replaceAll("&amp;", "&"));
  }
  return attrs;
}

/**
 * What the browser fetches at first: <script src> (bar noModule, which modern browsers skip),
 * modulepreload/preload-as-script links, and the client chunks the inline RSC payload names.
 */
function scriptsOf(html: string): { chunks: string[]; noModule: string[] } {
  const chunks = new Set<string>();
  const noModule = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const src = attrs.get("src");
    if (!src) continue;
    (attrs.has("nomodule") ? noModule : chunks).add(src);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    const rel = attrs.get("rel") ?? "";
    const href = attrs.get("href");
    if (href && (rel.includes("modulepreload") || (rel.includes("preload") && attrs.get("as") === "script"))) chunks.add(href);
  }
  for (const [, body] of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [path] of body!.matchAll(CHUNK_PATH)) if (!noModule.has(path)) chunks.add(path);
  }
  const sameOrigin = (src: string) => src.startsWith("/") && !src.startsWith("//");
  return { chunks: [...chunks].filter(sameOrigin), noModule: [...noModule].filter(sameOrigin) };
}

async function fetchText(url: string, cookie: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { headers: { Cookie: cookie }, redirect: "manual" });
  return { status: response.status, text: await response.text() };
}

const gzipBytes = (text: string) => gzipSync(text, { level: GZIP_LEVEL }).byteLength;

export const jsSizeBench: BenchSection = {
  name: "js-size",
  description: "gzipped JavaScript the check-in page and the dashboard load at first",
  async run(ctx) {
    const server = await signedInServer(ctx);
    const pages: Page[] = [
      { name: "check-in", path: `/checkin/${server.weeks.at(-1)}`, marker: "Editing your saved week", goalKb: 170 },
      { name: "dashboard", path: "/dashboard", marker: DASHBOARD_MARKER, goalKb: 300 },
    ];

    const loaded: PageScripts[] = [];
    for (const page of pages) {
      const { status, text } = await fetchText(`${server.url}${page.path}`, server.cookie);
      if (status !== 200 || !text.includes(page.marker)) throw new Error(`GET ${page.path} answered ${status} without "${page.marker}"`);
      loaded.push({ page, htmlGzipBytes: gzipBytes(text), ...scriptsOf(text) });
    }

    const chunks = new Map<string, Chunk>();
    for (const path of new Set(loaded.flatMap((p) => [...p.chunks, ...p.noModule]))) {
      const { status, text } = await fetchText(`${server.url}${path}`, server.cookie);
      if (status !== 200) throw new Error(`GET ${path} answered ${status}`);
      chunks.set(path, { path, bytes: Buffer.byteLength(text), gzipBytes: gzipBytes(text), text });
    }
    log(`fetched ${chunks.size} chunks for ${pages.length} pages`);

    const dashboard = loaded.find((p) => p.page.name === "dashboard")!;
    const checkin = loaded.find((p) => p.page.name === "check-in")!;
    const containing = (paths: string[], marker: string) => paths.filter((p) => chunks.get(p)!.text.includes(marker));
    const marker = RECHARTS_MARKERS.find((m) => containing(dashboard.chunks, m).length > 0);
    const chartChunksInCheckin = marker ? containing(checkin.chunks, marker) : [];

    const sum = (paths: string[], key: "bytes" | "gzipBytes") => paths.reduce((total, p) => total + chunks.get(p)![key], 0);
    const goals: GoalResult[] = loaded.map(({ page, chunks: paths }) => {
      const gz = sum(paths, "gzipBytes");
      return {
        goal: `js-size: ${page.name} page loads < ${page.goalKb} kB of gzipped JavaScript`,
        measured: `${formatKb(gz)} kB in ${paths.length} chunks`,
        isMet: gz < page.goalKb * 1000,
      };
    });
    goals.push({
      goal: "js-size: the check-in page loads no chart library (Recharts)",
      measured: marker
        ? `marker "${marker}" in ${containing(dashboard.chunks, marker).length} dashboard chunk(s), ${chartChunksInCheckin.length} check-in chunk(s)`
        : "inconclusive: no Recharts marker found in the dashboard's chunks",
      isMet: marker !== undefined && chartChunksInCheckin.length === 0,
    });

    const allPaths = [...chunks.keys()].sort((a, b) => chunks.get(b)!.gzipBytes - chunks.get(a)!.gzipBytes);
    const where = (path: string) =>
      loaded
        .filter((p) => p.chunks.includes(path) || p.noModule.includes(path))
        .map((p) => (p.noModule.includes(path) ? `${p.page.name} (noModule)` : p.page.name))
        .join(", ");
    return {
      tables: [
        {
          title: `Per page (kB = 1,000 bytes; gzip = node:zlib gzipSync at the default level 6, as \`next start\` compresses)`,
          headers: ["page", "chunks", "JS raw kB", "JS gzip kB", "goal", "HTML gzip kB", "noModule skipped"],
          rows: loaded.map(({ page, chunks: paths, htmlGzipBytes, noModule }) => [
            `${page.name} ${page.path}`,
            formatCount(paths.length),
            formatKb(sum(paths, "bytes")),
            formatKb(sum(paths, "gzipBytes")),
            `${sum(paths, "gzipBytes") < page.goalKb * 1000 ? "met" : "MISSED"} (< ${page.goalKb})`,
            formatKb(htmlGzipBytes),
            noModule.length === 0 ? "-" : `${formatKb(sum(noModule, "gzipBytes"))} kB`,
          ]),
        },
        {
          title: `Chunks, largest first (Recharts marker: ${marker ? `"${marker}"` : "none found"})`,
          headers: ["chunk", "raw kB", "gzip kB", "~loaded by", "~recharts"],
          rows: allPaths.map((path) => {
            const c = chunks.get(path)!;
            return [path.replace("/_next/static/chunks/", ""), formatKb(c.bytes), formatKb(c.gzipBytes), where(path), marker && c.text.includes(marker) ? "yes" : ""];
          }),
        },
      ],
      goals,
    };
  },
};
