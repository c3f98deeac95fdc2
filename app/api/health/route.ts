import { connection } from "next/server";
import { getDb } from "@/db";
import { handleHealth } from "./handle-health";

export async function GET() {
  await connection();
  return handleHealth(getDb);
}
