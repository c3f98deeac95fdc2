import "server-only";
import { headers } from "next/headers";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom } from "@/lib/auth/client-address";
import { trustedProxies } from "./config";

/**
 * The client's address as the limits see it: the right-most X-Forwarded-For hop that is not one of
 * AUTH_TRUSTED_PROXIES. Our server appends the TCP peer to that header (see forward-peer-address.ts),
 * so what a client writes there itself is never taken. Null when no trustworthy address is known.
 */
export function clientAddressOf(requestHeaders: Headers): string | null {
  return clientAddressFrom(requestHeaders.get("x-forwarded-for"), trustedProxies());
}

/** A copy of `requestHeaders` carrying the resolved client address in CLIENT_ADDRESS_HEADER (and no client-sent one). */
export function withClientAddress(requestHeaders: Headers): Headers {
  const copy = new Headers(requestHeaders);
  const address = clientAddressOf(requestHeaders);
  if (address) copy.set(CLIENT_ADDRESS_HEADER, address);
  else copy.delete(CLIENT_ADDRESS_HEADER);
  return copy;
}

/** The current request's headers for an `auth.api.*` call, so better-auth's limits and lockout see the real client. */
export async function authRequestHeaders(): Promise<Headers> {
  return withClientAddress(await headers());
}

/** `request` for better-auth's HTTP handler, with the resolved client address. */
export function withClientAddressRequest(request: Request): Request {
  return new Request(request, { headers: withClientAddress(request.headers) });
}
