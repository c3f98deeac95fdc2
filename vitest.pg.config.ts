import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// The database suites again, on PostgreSQL: every test file that opens a database through
// tests/helpers/temp-db.ts or tests/helpers/fresh-db.ts (but the property suites). TEST_DATABASE_URL names the server (npm run test:pg starts one when unset).
// Otherwise as vitest.config.ts (not imported: Vite's config loader wants no extension-less imports).
const databaseSuites = readdirSync("tests", { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".test.ts"))
  .map((file) => join("tests", file))
  .filter((file) => /helpers\/(temp-db|fresh-db)/.test(readFileSync(file, "utf8")))
  // The property suites check the boundary (validation, handlers) on SQLite; engine-specific SQL is covered above.
  .filter((file) => !file.startsWith(join("tests", "property")));

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      "server-only": fileURLToPath(new URL("./tests/helpers/server-only.ts", import.meta.url)),
    },
  },
  test: {
    name: "postgres",
    include: databaseSuites,
    globalSetup: ["tests/helpers/pg-global-setup.ts"],
    env: { PENDULUM_TEST_ENGINE: "postgres" },
    environment: "node",
    pool: "forks",
    // Vitest's default (cores - 1) is one worker on a two-core machine, while many files wait on
    // child processes, databases and sockets: a second worker keeps both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 20_000,
  },
});
