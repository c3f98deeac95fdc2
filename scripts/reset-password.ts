import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { closeDb, databaseConfigFromEnv, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { resetUserPassword } from "../db/queries/users";
import { emailSchema, newPasswordSchema } from "../lib/auth/credentials";

// Same default as db/index.ts, which cannot be imported here (it is server-only).
const DEFAULT_DB_FILE = "./data/pendulum.db";

const USAGE = `Usage: npm run user:reset-password -- EMAIL [--password-stdin]

Sets a new password for the account with EMAIL, signs out all its sessions and clears its
sign-in lockout. With --password-stdin the new password is the first line of standard input;
otherwise a strong one is generated and printed. The database is DATABASE_URL (PostgreSQL) when
set, else the SQLite file PENDULUM_DB (default ${DEFAULT_DB_FILE}, relative to the current directory).`;

class UsageError extends Error {}

async function readFirstLine(stream: NodeJS.ReadableStream): Promise<string> {
  let text = "";
  for await (const chunk of stream) text += chunk.toString();
  return text.split(/\r?\n/)[0] ?? "";
}

async function main(argv: string[]): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { "password-stdin": { type: "boolean" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new UsageError((error as Error).message, { cause: error });
  }
  if (parsed.values.help) return USAGE;
  if (parsed.positionals.length !== 1) throw new UsageError("Give exactly one email address.");

  const email = emailSchema.safeParse(parsed.positionals[0]);
  if (!email.success) throw new UsageError(`"${parsed.positionals[0]}" is not a valid email address.`);

  const fromStdin = parsed.values["password-stdin"] === true;
  const password = fromStdin ? await readFirstLine(process.stdin) : randomBytes(18).toString("base64url");
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) throw new Error(`The new password was refused: ${checked.error.issues[0]?.message}.`);

  const config = databaseConfigFromEnv(process.env, DEFAULT_DB_FILE);
  if (config.engine === "sqlite") {
    config.file = resolve(config.file);
    if (!existsSync(config.file)) throw new Error(`No database at ${config.file} (set PENDULUM_DB or DATABASE_URL).`);
  }
  const db = openDb(config);
  try {
    await migrateDb(db);
    const result = await resetUserPassword(db, email.data, await hashPassword(checked.data));
    if (!result) throw new Error(`No account with the email ${email.data}.`);
    const sessions = `${result.revokedSessions} session${result.revokedSessions === 1 ? "" : "s"}`;
    const lines = [`Password reset for ${result.user.email}; signed out ${sessions} and cleared its sign-in lockout.`];
    if (!fromStdin) lines.push(`New password: ${checked.data}`);
    return lines.join("\n");
  } finally {
    await closeDb(db);
  }
}

main(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(`${output}\n`);
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`user:reset-password: ${message}\n`);
    if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
