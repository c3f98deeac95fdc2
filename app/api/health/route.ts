import { connection } from "next/server";
import { withErrors } from "@/app/_server/http";
import { getDb } from "@/db";
import { handleHealth } from "./handle-health";

export const GET = withErrors("GET /api/health", async () => {
  await connection();
  return handleHealth(getDb);
});
