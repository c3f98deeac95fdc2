import { NextResponse, type NextRequest } from "next/server";

// A path with broken percent-encoding crashes Next's router with a 500 (vercel/next.js#92527).
export function proxy(request: NextRequest) {
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Not found", { status: 404 });
  }
  return NextResponse.next();
}
