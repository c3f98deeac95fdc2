import { getDb } from "@/db";
import { requestCounter } from "@/db/queries/request-counts";
import { createStoredLookupLimiter, SHARE_LOOKUP_LIMITS, type LookupLimiter } from "@/lib/report";
import { handleShare } from "../_lib/handle-share";

const globalForShare = globalThis as unknown as { pendulumShareLimiter?: LookupLimiter };

// The last X-Forwarded-For hop is the one our own server or proxy added; earlier hops are client-supplied.
function clientKey(request: Request): string {
  const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  return hops.at(-1) ?? request.headers.get("x-real-ip") ?? "unknown";
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  // Counted in the database, so every instance behind a load balancer enforces the same limit.
  globalForShare.pendulumShareLimiter ??= createStoredLookupLimiter(requestCounter(getDb()), { scope: "share-lookup", ...SHARE_LOOKUP_LIMITS });
  const { token } = await params;
  return handleShare({ db: getDb(), token, clientKey: clientKey(request), now: new Date(), limiter: globalForShare.pendulumShareLimiter });
}
