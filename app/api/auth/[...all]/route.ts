import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/app/_server/auth";
import { withClientAddressRequest } from "@/app/_server/client-address";
import { readTextBody, withErrors } from "@/app/_server/http";

/** better-auth's bodies are small JSON (credentials, a name); it would otherwise read any size. */
const AUTH_MAX_BODY_BYTES = 64 * 1024;
const WORDING = { tooLarge: "The request body is too large", incomplete: "The request body did not arrive whole or in time" };

export const GET = withErrors("GET /api/auth", async (request: Request) => toNextJsHandler(getAuth()).GET(withClientAddressRequest(request)));

export const POST = withErrors("POST /api/auth", async (request: Request) => {
  const body = await readTextBody(request, AUTH_MAX_BODY_BYTES, WORDING);
  if (!body.ok) return body.response;
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  const capped = new Request(request.url, {
    method: request.method,
    headers,
    body: body.text.length > 0 ? body.text : null,
    signal: request.signal,
  });
  return toNextJsHandler(getAuth()).POST(withClientAddressRequest(capped));
});
