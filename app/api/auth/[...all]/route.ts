import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/app/_server/auth";
import { withClientAddressRequest } from "@/app/_server/client-address";
import { readBodyCapped } from "@/app/_server/read-body-capped";

/** better-auth's bodies are small JSON (credentials, a name); it would otherwise read any size. */
const AUTH_MAX_BODY_BYTES = 64 * 1024;
const REFUSAL_CODES = { "too-large": "BODY_TOO_LARGE", "too-slow": "BODY_TIMEOUT", "cut-off": "BODY_CUT_OFF" } as const;

export async function GET(request: Request) {
  return toNextJsHandler(getAuth()).GET(withClientAddressRequest(request));
}

export async function POST(request: Request) {
  const body = await readBodyCapped(request, AUTH_MAX_BODY_BYTES);
  if (!body.ok) {
    const message = body.reason === "too-large" ? "The request body is too large" : "The request body did not arrive whole or in time";
    return Response.json(
      { code: REFUSAL_CODES[body.reason], message },
      { status: body.status, headers: { ...body.headers, "Cache-Control": "no-store" } },
    );
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  const capped = new Request(request.url, {
    method: request.method,
    headers,
    body: body.bytes.byteLength > 0 ? body.bytes : null,
    signal: request.signal,
  });
  return toNextJsHandler(getAuth()).POST(withClientAddressRequest(capped));
}
