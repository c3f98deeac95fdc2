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
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return tooLarge(maxBytes);
  if (!request.body) return { ok: false, status: 400, error: "The body is empty; send the check-in as JSON" };

  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return tooLarge(maxBytes);
    }
    chunks.push(value);
  }

  const bytes = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
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
