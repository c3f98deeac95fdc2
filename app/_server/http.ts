import "server-only";
import { unstable_rethrow } from "next/navigation";
import { formatBytes } from "@/lib/format";
import type { Problem } from "@/lib/problem";
import { capIssues, type FieldIssue, type IssueList } from "@/lib/validation/issues";
import { trustedOrigins } from "./config";
import { readBodyCapped } from "./read-body-capped";

export type { Problem } from "@/lib/problem";

export const NO_STORE = { "Cache-Control": "no-store" } as const;

type Headers = Readonly<Record<string, string>>;

/** A JSON answer that no cache keeps. */
export function json(status: number, body: unknown, headers: Headers = {}): Response {
  return Response.json(body, { status, headers: { ...headers, ...NO_STORE } });
}

/** An error answer, always `{ error, issues }` (plus `moreIssues` when the list was cut): the one error body of every JSON route. */
export function problem(status: number, error: string, issues: readonly FieldIssue[] | IssueList = [], headers: Headers = {}): Response {
  const list = Array.isArray(issues) ? capIssues(issues) : (issues as IssueList);
  const body: Problem = list.moreIssues > 0 ? { error, issues: list.issues, moreIssues: list.moreIssues } : { error, issues: list.issues };
  return json(status, body, headers);
}

export const SERVER_ERROR = "Something went wrong on our side";

/**
 * Wraps a route handler: an error it did not expect is logged with its cause and answered 500
 * without its message (`fallback` renders that answer for a non-JSON route). Next.js's own
 * control-flow errors (dynamic usage, redirect, notFound) pass through.
 */
export function withErrors<A extends unknown[]>(
  name: string,
  handler: (...args: A) => Promise<Response>,
  fallback: () => Response = () => problem(500, SERVER_ERROR),
): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`${name} failed`, error);
      return fallback();
    }
  };
}

export const CROSS_SITE = "This request came from another site and was refused.";

/** A browser sends Origin on cross-site writes; a request without one (a script, curl) or from `allowed` passes. */
export function isSameOrigin(request: Request, allowed: readonly string[] = trustedOrigins()): boolean {
  const origin = request.headers.get("origin");
  return origin === null || allowed.includes(origin);
}

/** The 403 for a write from another site, or null when the request may go on. */
export function refuseCrossSite(request: Request, allowed: readonly string[] = trustedOrigins()): Response | null {
  return isSameOrigin(request, allowed) ? null : problem(403, CROSS_SITE);
}

export type BodyWording = {
  /** Said when the body is over the cap. */
  tooLarge?: string;
  /** Said when it stalled, dripped past its deadline or was cut off. */
  incomplete?: string;
  /** The answer when the bytes are not UTF-8. */
  notUtf8?: { status: number; error: string; issues?: FieldIssue[] };
};

/** What import and calendar routes say when a file stalls or is cut off. */
export const FILE_INCOMPLETE = "The file did not arrive whole or in time; try again on a steadier connection.";

export type TextBody = { ok: true; text: string } | { ok: false; response: Response };

/**
 * Reads a request body as UTF-8 text of at most `maxBytes` (readBodyCapped: refused by its declared
 * length before a byte is read, counted while reading, bounded in time). Every refusal is a ready
 * Problem response; `wording` puts it in the words of the route ("The file…" rather than "The body…").
 */
export async function readTextBody(request: Request, maxBytes: number, wording: BodyWording = {}): Promise<TextBody> {
  const body = await readBodyCapped(request, maxBytes);
  if (!body.ok) {
    const error =
      body.reason === "too-large"
        ? (wording.tooLarge ?? `The body is larger than ${formatBytes(maxBytes)}`)
        : (wording.incomplete ?? "The body did not arrive whole or in time");
    return { ok: false, response: problem(body.status, error, [], body.headers) };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(body.bytes) };
  } catch {
    const refusal = wording.notUtf8 ?? { status: 400, error: "The body is not valid UTF-8" };
    return { ok: false, response: problem(refusal.status, refusal.error, refusal.issues) };
  }
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; response: Response };

/** readTextBody, then JSON: an empty or unparsable body is a 400. */
export async function readJsonBody(request: Request, maxBytes: number, wording: BodyWording & { empty?: string } = {}): Promise<JsonBody> {
  const text = await readTextBody(request, maxBytes, wording);
  if (!text.ok) return text;
  if (text.text.trim() === "") return { ok: false, response: problem(400, wording.empty ?? "The body is empty; send it as JSON") };
  try {
    return { ok: true, value: JSON.parse(text.text) };
  } catch {
    return { ok: false, response: problem(400, "The body is not valid JSON") };
  }
}
