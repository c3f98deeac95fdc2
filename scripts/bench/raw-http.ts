import { connect } from "node:net";

export type RawRequest = {
  /** http://host:port of the server. */
  origin: string;
  method?: string;
  path: string;
  headers?: Record<string, string>;
  /** How many body bytes to send; the body is then left unfinished unless it was declared that long. */
  bodyBytes?: number;
  /** Frame the body as chunks (no Content-Length); the last, empty chunk is sent only with `endChunks`. */
  chunked?: boolean;
  endChunks?: boolean;
  chunkBytes?: number;
  /** Pause between chunks: a slow drip. Without it the body goes as fast as the socket takes it. */
  pauseMs?: number;
  /** Give up waiting for the status line after this long. */
  waitMs?: number;
};

export type RawAnswer = {
  /** null when no status line arrived within waitMs. */
  status: number | null;
  headers: Record<string, string>;
  body: string;
  /** From connecting to the status line (or to giving up). */
  ms: number;
  /** Body bytes handed to the socket by the time the status line arrived (the kernel buffers some). */
  bytesWritten: number;
  /** The server closed the connection after answering. */
  closed: boolean;
};

/** The data of a chunked body, as far as it arrived. */
function unchunk(raw: string): string {
  let out = "";
  let at = 0;
  for (;;) {
    const lineEnd = raw.indexOf("\r\n", at);
    if (lineEnd < 0) return out;
    const size = parseInt(raw.slice(at, lineEnd), 16);
    if (!(size > 0)) return out;
    out += raw.slice(lineEnd + 2, lineEnd + 2 + size);
    at = lineEnd + 2 + size + 2;
  }
}

/**
 * One HTTP/1.1 exchange over a plain socket, for what fetch cannot send: a declared length that is
 * never sent, a chunked body without an end, a body dripped a byte at a time.
 */
export function rawRequest(request: RawRequest): Promise<RawAnswer> {
  const { origin, method = "POST", path, headers = {}, bodyBytes = 0, chunked = false, endChunks = false, pauseMs = 0, waitMs = 20_000 } = request;
  const url = new URL(origin);
  const chunkBytes = request.chunkBytes ?? (pauseMs ? 1 : 64 * 1024);
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = connect(Number(url.port), url.hostname);
    let written = 0;
    let response = Buffer.alloc(0);
    let status: number | null = null;
    let statusAt: number | null = null;
    let writtenAtStatus = 0;
    let stopped = false;
    let settled = false;
    let closed = false;

    const settle = () => {
      if (settled) return;
      settled = stopped = true;
      clearTimeout(timer);
      socket.destroy();
      const text = response.toString("latin1");
      const headEnd = text.indexOf("\r\n\r\n");
      const head = headEnd >= 0 ? text.slice(0, headEnd) : text;
      const parsed: Record<string, string> = {};
      for (const line of head.split("\r\n").slice(1)) {
        const colon = line.indexOf(":");
        if (colon > 0) parsed[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      const rawBody = headEnd >= 0 ? text.slice(headEnd + 4) : "";
      resolve({
        status,
        headers: parsed,
        body: parsed["transfer-encoding"] === "chunked" ? unchunk(rawBody) : rawBody,
        ms: Math.round((statusAt ?? performance.now()) - started),
        bytesWritten: status === null ? written : writtenAtStatus,
        closed,
      });
    };
    const timer = setTimeout(settle, waitMs);

    socket.on("connect", () => {
      const lines = [`${method} ${path} HTTP/1.1`, `Host: ${url.host}`, ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
      if (chunked) lines.push("Transfer-Encoding: chunked");
      socket.write(`${lines.join("\r\n")}\r\n\r\n`);
      const filler = Buffer.alloc(chunkBytes, "x");
      const pump = () => {
        while (!stopped && written < bodyBytes) {
          const n = Math.min(filler.length, bodyBytes - written);
          const piece = chunked ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), filler.subarray(0, n), Buffer.from("\r\n")]) : filler.subarray(0, n);
          written += n;
          const flushed = socket.write(piece);
          if (pauseMs) {
            setTimeout(pump, pauseMs);
            return;
          }
          if (!flushed) {
            socket.once("drain", pump);
            return;
          }
        }
        if (!stopped && chunked && endChunks) socket.write("0\r\n\r\n");
      };
      pump();
    });
    socket.on("data", (data) => {
      response = Buffer.concat([response, data]);
      if (status !== null) return;
      const match = /^HTTP\/1\.1 (\d{3})/.exec(response.toString("latin1"));
      if (!match) return;
      status = Number(match[1]);
      statusAt = performance.now();
      writtenAtStatus = written;
      stopped = true;
      // Read on briefly for the rest of a short answer and to see whether the server closes.
      setTimeout(settle, 200);
    });
    // Writing into a connection the server closed after refusing: stop sending, keep what was read.
    socket.on("error", () => (stopped = true));
    socket.on("close", () => {
      closed = true;
      settle();
    });
  });
}
