import { NextResponse, type NextRequest } from "next/server";
import { newNonce, pageContentSecurityPolicy, strictTransportSecurity } from "@/app/_server/security-headers";

/**
 * Next.js buffers the body of every request its proxy runs on (up to 10 MB, and it waits for the
 * last byte, however slow) before the route sees it, so requests with a body never come here: route
 * handlers cap and time their own (readBodyCapped), next.config.ts refuses oversized page posts by
 * their headers. Nor do static files. docs/limits.md has the whole picture.
 */
export const config = {
  matcher: [
    {
      source: "/((?!_next/static/|_next/image|icon\\.svg).*)",
      missing: [
        { type: "header", key: "transfer-encoding" },
        { type: "header", key: "content-length", value: "0*[1-9][0-9]*" },
      ],
    },
  ],
};

function isPage(pathname: string): boolean {
  return !pathname.startsWith("/api/") && !pathname.startsWith("/share/");
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // A path with broken percent-encoding crashes Next's router with a 500 (vercel/next.js#92527).
  try {
    decodeURIComponent(pathname);
  } catch {
    return new NextResponse("Not found", { status: 404 });
  }
  const hsts = strictTransportSecurity(process.env.APP_URL);
  let response: NextResponse;
  if (isPage(pathname)) {
    const nonce = newNonce();
    const policy = pageContentSecurityPolicy({
      nonce,
      isDev: process.env.NODE_ENV === "development",
      isHttps: hsts !== null,
    });
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers: requestHeaders } });
    response.headers.set("Content-Security-Policy", policy);
  } else {
    response = NextResponse.next();
  }
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}
