import { withErrors } from "@/app/_server/http";
import { apiContext } from "./_lib/context";
import { listCheckinsResponse } from "./_lib/handlers";

export const GET = withErrors("GET /api/checkins", async (request: Request) => listCheckinsResponse(request, await apiContext(request)));
