import { randomBytes } from "node:crypto";
import { dropTestDatabases } from "./temp-db";

/** Vitest global setup of the PostgreSQL run: drops the run's test databases at the end. */
export default function setup(): () => Promise<void> {
  if (!process.env.TEST_DATABASE_URL) throw new Error("TEST_DATABASE_URL is not set: npm run test:pg starts a throwaway PostgreSQL for these suites.");
  process.env.PENDULUM_TEST_RUN = randomBytes(4).toString("hex");
  return dropTestDatabases;
}
