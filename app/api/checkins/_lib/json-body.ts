import { readBodyCapped } from "@/app/_server/read-body-capped";

export const MAX_BODY_BYTES = 64 * 1024;

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413; error: string };

const tooLarge = (max: number): JsonBody => ({
  ok: false,
  status: 413,
  error: `The body is larger than ${Math.round(max / 1024)} kB`,
});

/**
 * Reads a JSON body of at most `maxBytes`: a larger Content-Length is refused before reading, and
 * the bytes actually received are capped too, since the header can be absent or wrong.
 */
export async function readJsonBody(request: Request, maxBytes = MAX_BODY_BYTES): Promise<JsonBody> {
  const body = await readBodyCapped(request, maxBytes);
  if (!body.ok) return tooLarge(maxBytes);
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
