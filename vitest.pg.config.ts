import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "vitest/config";
import base from "./vitest.config";

// The database suites again, on PostgreSQL: every test file that opens a database through
// tests/helpers/temp-db.ts. TEST_DATABASE_URL names the server (npm run test:pg starts one when unset).
const databaseSuites = readdirSync("tests", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => join("tests", file))
  .filter((file) => readFileSync(file, "utf8").includes("helpers/temp-db"));

export default defineConfig({ ...base, test: { ...base.test, include: databaseSuites, name: "postgres", globalSetup: ["tests/helpers/pg-global-setup.ts"] } });
