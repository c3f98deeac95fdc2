import { execFile } from "node:child_process";
import { Readable } from "node:stream";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runCommand, type Command } from "@/scripts/cli/common";

/** What a command run left behind: its exit code and everything it printed. */
export type CliRun = { code: number; stdout: string; stderr: string };

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/**
 * Runs a command in this process, as `runCli` would with these arguments and a caller in `cwd`.
 * Most cases run this way; starting tsx costs a second or more per run (many on a busy machine).
 */
export async function runInProcess(
  command: Command,
  argv: readonly string[],
  cwd = ROOT,
  { env = process.env, stdin = "" }: { env?: Readonly<Record<string, string | undefined>>; stdin?: string } = {},
): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const decoder = new TextDecoder();
  const code = await runCommand(command, {
    argv,
    cwd,
    env,
    stdin: Readable.from([stdin]),
    stdout: (chunk) => {
      stdout += typeof chunk === "string" ? chunk : decoder.decode(chunk);
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/**
 * Starts `scripts/<script>` with tsx, as `npm run` does: for what only a real process shows (the
 * caller's directory from INIT_CWD or the working directory, the system time zone, exit codes).
 * `env` is the whole environment (default: this process's), without INIT_CWD unless `initCwd`.
 */
export function runScript(
  script: string,
  args: readonly string[],
  options: { cwd?: string; initCwd?: string; env?: Readonly<Record<string, string | undefined>>; input?: string } = {},
): Promise<CliRun> {
  const env: Record<string, string | undefined> = { ...(options.env ?? process.env) };
  delete env.INIT_CWD;
  if (options.initCwd) env.INIT_CWD = options.initCwd;
  return new Promise((resolve) => {
    const child = execFile(TSX, [path.join(ROOT, "scripts", script), ...args], { cwd: options.cwd ?? ROOT, env: env as NodeJS.ProcessEnv, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
    child.stdin?.end(options.input ?? "");
  });
}

/** `npm --prefix ROOT run --silent <name> -- args` from `cwd`: the command as a person types it. */
export function runNpmScript(name: string, args: readonly string[], cwd: string): Promise<CliRun> {
  const env = { ...process.env };
  delete env.INIT_CWD;
  return new Promise((resolve) => {
    execFile("npm", ["--prefix", ROOT, "run", "--silent", name, "--", ...args], { cwd, env, encoding: "utf8" }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
