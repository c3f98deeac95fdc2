import { getDb } from "@/db";
import { apiLeader } from "@/app/_server/api-leader";
import { withErrors } from "@/app/_server/http";
import { handleExport } from "./handle-export";

export const GET = withErrors("GET /api/export", async (request: Request) =>
  handleExport({ db: getDb(), userId: (await apiLeader(request))?.id ?? null, now: new Date() }),
);
