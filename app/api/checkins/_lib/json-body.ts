import { readBodyCapped, type BodyRefusal } from "@/app/_server/read-body-capped";

export const MAX_BODY_BYTES = 64 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | { ok: false; status: 400 | 408 | 413; error: string; headers?: Readonly<Record<string, string>> };

const refused = (refusal: BodyRefusal, max: number): JsonBody => ({
  ok: false,
  status: refusal.status,
  error: refusal.reason === "too-large" ? `The body is larger than ${Math.round(max / 1024)} kB` : "The body did not arrive whole or in time",
  headers: refusal.headers,
});

/**
 * Reads a JSON body of at most `maxBytes`: a larger Content-Length is refused before reading, the
 * bytes actually received are capped too, since the header can be absent or wrong, and a body that
 * stalls or drips is refused with 408.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<JsonBody> {
  const body = await readBodyCapped(request, maxBytes);
  if (!body.ok) return refused(body, maxBytes);
  const bytes = body.bytes;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, status: 400, error: "The body is not valid UTF-8" };
  }
  if (text.trim() === "") return { ok: false, status: 400, error: "The body is empty; send the check-in as JSON" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "The body is not valid JSON" };
  }
}
