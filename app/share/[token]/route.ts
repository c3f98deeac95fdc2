import { getDb } from "@/db";
import { clientAddressOf } from "@/app/_server/client-address";
import { withErrors } from "@/app/_server/http";
import { requestCounter } from "@/db/queries/request-counts";
import { createLookupLimiter, SHARE_ACK_LINK_LIMIT, SHARE_LOOKUP_LIMITS, type LookupLimiter } from "@/lib/report";
import { createStoredRateLimiter, type RateLimiter } from "@/lib/rate-limiter";
import { handleShare, handleShareAck, shareErrorPage } from "../_lib/handle-share";

const globalForShare = globalThis as unknown as { pendulumShareLimiter?: LookupLimiter; pendulumShareAckLimiter?: RateLimiter };

// Counted in the database, so every instance behind a load balancer enforces the same limit.
function shareLimiter(): LookupLimiter {
  const counter = requestCounter(getDb());
  return createLookupLimiter(SHARE_LOOKUP_LIMITS, ({ name, ...limit }) => createStoredRateLimiter(counter, { scope: `share-lookup-${name}`, ...limit }));
}

type Params = { params: Promise<{ token: string }> };

export const GET = withErrors(
  "GET /share/:token",
  async (request: Request, { params }: Params) => {
    globalForShare.pendulumShareLimiter ??= shareLimiter();
    const { token } = await params;
    const clientKey = clientAddressOf(request.headers) ?? "unknown";
    const ack = new URL(request.url).searchParams.get("ack");
    return handleShare({ db: getDb(), token, clientKey, now: new Date(), limiter: globalForShare.pendulumShareLimiter, ack });
  },
  shareErrorPage,
);

// "Mark as read" and replies: the same lookup budget per address, plus a budget per link.
export const POST = withErrors(
  "POST /share/:token",
  async (request: Request, { params }: Params) => {
    globalForShare.pendulumShareLimiter ??= shareLimiter();
    globalForShare.pendulumShareAckLimiter ??= createStoredRateLimiter(requestCounter(getDb()), { scope: "share-ack-link", ...SHARE_ACK_LINK_LIMIT });
    const { token } = await params;
    const clientKey = clientAddressOf(request.headers) ?? "unknown";
    return handleShareAck({
      request,
      db: getDb(),
      token,
      clientKey,
      now: new Date(),
      limiter: globalForShare.pendulumShareLimiter,
      linkLimiter: globalForShare.pendulumShareAckLimiter,
    });
  },
  shareErrorPage,
);
