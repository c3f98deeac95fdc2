import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { closeDb, databaseConfigFromEnv, openDb } from "../db/client";
import { migrateDb } from "../db/migrate";
import { resetUserPassword } from "../db/queries/users";
import { emailSchema, newPasswordSchema } from "../lib/auth/credentials";
import { ExitError, runCli, type CliIo, type Command } from "./cli/common";

// Same default as db/index.ts, which cannot be imported here (it is server-only).
const DEFAULT_DB_FILE = "./data/pendulum.db";

const USAGE = `Usage: npm run user:reset-password -- EMAIL [--password-stdin]

Sets a new password for the account with EMAIL, signs out all its sessions and clears its
sign-in lockout. With --password-stdin the new password is the first line of standard input;
otherwise a strong one is generated and printed. The database is DATABASE_URL (PostgreSQL) when
set, else the SQLite file PENDULUM_DB (default ${DEFAULT_DB_FILE}, relative to the current directory).`;

class UsageError extends Error {}

async function readFirstLine(stream: AsyncIterable<string | Uint8Array>): Promise<string> {
  let text = "";
  const decoder = new TextDecoder();
  for await (const chunk of stream) text += typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  return text.split(/\r?\n/)[0] ?? "";
}

async function resetPassword(io: CliIo): Promise<string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...io.argv],
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
  const password = fromStdin ? await readFirstLine(io.stdin) : randomBytes(18).toString("base64url");
  const checked = newPasswordSchema.safeParse(password);
  if (!checked.success) throw new Error(`The new password was refused: ${checked.error.issues[0]?.message}.`);

  const config = databaseConfigFromEnv(io.env, DEFAULT_DB_FILE);
  if (config.engine === "sqlite") {
    // Against the package root, where npm runs the script and the app opens the same default.
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

/** Planned exits keep the command's own prefix; a usage error also prints the usage. */
export const userResetPassword: Command = async (io) => {
  let output: string;
  try {
    output = await resetPassword(io);
  } catch (error) {
    const message = `user:reset-password: ${error instanceof Error ? error.message : String(error)}`;
    throw error instanceof UsageError ? new ExitError(`${message}\n\n${USAGE}`, 2) : new ExitError(message, 1);
  }
  io.stdout(`${output}\n`);
};

runCli(userResetPassword, import.meta.url);
