import { getDb } from "@/db";
import { clientAddressOf } from "@/app/_server/client-address";
import { withErrors } from "@/app/_server/http";
import { requestCounter } from "@/db/queries/request-counts";
import { createLookupLimiter, SHARE_LOOKUP_LIMITS, type LookupLimiter } from "@/lib/report";
import { createStoredRateLimiter } from "@/lib/rate-limiter";
import { handleShare, shareErrorPage } from "../_lib/handle-share";

const globalForShare = globalThis as unknown as { pendulumShareLimiter?: LookupLimiter };

// Counted in the database, so every instance behind a load balancer enforces the same limit.
function shareLimiter(): LookupLimiter {
  const counter = requestCounter(getDb());
  return createLookupLimiter(SHARE_LOOKUP_LIMITS, ({ name, ...limit }) => createStoredRateLimiter(counter, { scope: `share-lookup-${name}`, ...limit }));
}

export const GET = withErrors(
  "GET /share/:token",
  async (request: Request, { params }: { params: Promise<{ token: string }> }) => {
    globalForShare.pendulumShareLimiter ??= shareLimiter();
    const { token } = await params;
    const clientKey = clientAddressOf(request.headers) ?? "unknown";
    return handleShare({ db: getDb(), token, clientKey, now: new Date(), limiter: globalForShare.pendulumShareLimiter });
  },
  shareErrorPage,
);
