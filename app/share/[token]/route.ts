import { getDb } from "@/db";
import { clientAddressOf } from "@/app/_server/client-address";
import { createLookupLimiter, SHARE_LOOKUP_LIMITS } from "@/lib/report";
import { handleShare } from "../_lib/handle-share";

const globalForShare = globalThis as unknown as { pendulumShareLimiter?: ReturnType<typeof createLookupLimiter> };

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  globalForShare.pendulumShareLimiter ??= createLookupLimiter(SHARE_LOOKUP_LIMITS);
  const { token } = await params;
  const clientKey = clientAddressOf(request.headers) ?? "unknown";
  return handleShare({ db: getDb(), token, clientKey, now: new Date(), limiter: globalForShare.pendulumShareLimiter });
}
