export type BodyRefusal = {
  ok: false;
  status: 400 | 408 | 413;
  reason: "too-large" | "too-slow" | "cut-off";
  /** For the refusal's response. */
  headers: Readonly<Record<string, string>>;
};

export type CappedBody = { ok: true; bytes: Uint8Array<ArrayBuffer> } | BodyRefusal;

export type BodyTimeouts = {
  /** The longest wait for the next chunk: a stalled body is refused after it. */
  idleMs?: number;
  /** The whole body must arrive within this, however steadily it drips. */
  deadlineMs?: number;
};

export const BODY_IDLE_MS = 10_000;
export const BODY_DEADLINE_MS = 30_000;
/** A body of the largest allowed size gets the time to arrive at 1 Mbit/s, if that is longer than the deadline. */
export const SLOWEST_UPLOAD_BYTES_PER_SECOND = 128 * 1024;

/** How long a body capped at `maxBytes` may take to arrive. */
export function bodyDeadlineMs(maxBytes: number): number {
  return Math.max(BODY_DEADLINE_MS, Math.ceil((maxBytes / SLOWEST_UPLOAD_BYTES_PER_SECOND) * 1000));
}

// Refused by its declared length, a body may still be on its way: the connection stays open, so the
// server drops what arrives (up to that length) and the client reads the answer instead of a reset.
const DECLARED_TOO_LARGE: BodyRefusal = { ok: false, status: 413, reason: "too-large", headers: {} };
// Refused while streaming, the body has no known end: the server closes the connection after answering.
const TOO_LARGE: BodyRefusal = { ok: false, status: 413, reason: "too-large", headers: { Connection: "close" } };
const TOO_SLOW: BodyRefusal = { ok: false, status: 408, reason: "too-slow", headers: { Connection: "close" } };
// The client went away mid-body: nobody reads the answer, but it is not the server's failure either.
const CUT_OFF: BodyRefusal = { ok: false, status: 400, reason: "cut-off", headers: { Connection: "close" } };
const TIMED_OUT = Symbol("timed out");

/** The declared Content-Length, or null when absent (chunked) or not a plain decimal. */
export function declaredLength(headers: Headers): number | null {
  const declared = headers.get("content-length")?.trim();
  return declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : null;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Reads a request body of at most `maxBytes` within a deadline. A declared Content-Length over the
 * cap is refused before a byte is read; while streaming the count is kept too (the header can lie or
 * be missing), and a body that stalls for `idleMs` or is still arriving after `deadlineMs`
 * (default: bodyDeadlineMs) is refused.
 * A refused body is left unread rather than cancelled: cancelling would reset the socket before the
 * refusal could be sent.
 */
export async function readBodyCapped(request: Request, maxBytes: number, timeouts: BodyTimeouts = {}): Promise<CappedBody> {
  const declared = declaredLength(request.headers);
  if (declared !== null && declared > maxBytes) return DECLARED_TOO_LARGE;
  if (!request.body) return { ok: true, bytes: new Uint8Array(0) };
  const idleMs = timeouts.idleMs ?? BODY_IDLE_MS;
  const deadline = Date.now() + (timeouts.deadlineMs ?? bodyDeadlineMs(maxBytes));
  const reader = request.body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  const refuse = (refusal: BodyRefusal, pending?: Promise<unknown>) => {
    pending?.catch(() => undefined);
    reader.releaseLock();
    return refusal;
  };
  for (;;) {
    if (Date.now() >= deadline) return refuse(TOO_SLOW);
    const read = reader.read();
    let next: Awaited<typeof read> | typeof TIMED_OUT;
    try {
      next = await within(read, Math.min(idleMs, deadline - Date.now()));
    } catch {
      return refuse(CUT_OFF);
    }
    if (next === TIMED_OUT) return refuse(TOO_SLOW, read);
    if (next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) return refuse(TOO_LARGE);
    parts.push(next.value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.byteLength;
  }
  return { ok: true, bytes };
}
