import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { trustedOrigins } from "@/app/_server/config";
import { withErrors } from "@/app/_server/http";
import { handleImport } from "./handle-import";

export const POST = withErrors("POST /api/import", async (request: Request) =>
  handleImport(request, { db: getDb(), userId: (await apiLeader(request))?.id ?? null, now: new Date(), allowedOrigins: trustedOrigins() }),
);
