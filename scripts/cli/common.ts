import { realpathSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inspect, parseArgs, type ParseArgsConfig } from "node:util";
import { isValidIsoWeek } from "../../lib/iso-week";
import { MAX_IMPORT_BYTES, parseExportFile, type ExportFile } from "../../lib/validation/export-file";

/** A planned exit: code 0 prints the message to stdout (help), 1 is bad input, 2 bad usage. */
export class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

/** The caller's directory: npm runs scripts from the package root and keeps it in INIT_CWD. */
export function callerDir(): string {
  return process.env.INIT_CWD || process.cwd();
}

/** Reads a text file of at most `maxBytes`, turning every failure into a clear ExitError. */
export async function readTextFile(
  file: string,
  { maxBytes, kind, kinds }: { maxBytes: number; kind: string; kinds: string },
): Promise<string> {
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new ExitError(`${file} is a directory, not ${kind}`, 1);
    if (info.size > maxBytes) {
      throw new ExitError(`${file} is ${(info.size / 1024 / 1024).toFixed(1)} MB; ${kinds} are at most ${maxBytes / 1024 / 1024} MB`, 1);
    }
    return await readFile(file, "utf8");
  } catch (error) {
    if (error instanceof ExitError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ExitError(`File not found: ${file}`, 1);
    if (code === "EACCES" || code === "EPERM") throw new ExitError(`No permission to read ${file}`, 1);
    throw new ExitError(`Could not read ${file}: ${(error as Error).message}`, 1);
  }
}

/** Reads and validates an export file with the same messages the import gives. */
export async function readExportFile(absolute: string): Promise<ExportFile> {
  const parsed = parseExportFile(await readTextFile(absolute, { maxBytes: MAX_IMPORT_BYTES, kind: "an export file", kinds: "export files" }));
  if (!parsed.ok) {
    const lines = parsed.issues.map((issue) => `${issue.path || "(file)"}: ${issue.message}`);
    throw new ExitError(`${absolute} is not a valid Pendulum export:\n${lines.join("\n")}`, 1);
  }
  return parsed.file;
}

/**
 * What a command reads and writes. `runCli` hands it the process (its arguments, the caller's
 * directory, stdout and stderr); a test hands it its own, so most cases run without a new process.
 */
export type CliIo = {
  argv: readonly string[];
  /** The directory a relative path given by the caller is read against (see callerDir). */
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: AsyncIterable<string | Uint8Array>;
  stdout: (chunk: string | Uint8Array) => void;
  stderr: (text: string) => void;
};

export type Command = (io: CliIo) => Promise<void>;

/** A relative path the caller gave, resolved against the caller's directory. */
export function resolveFrom(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}

/** Runs a command to its exit code: planned exits print their message, anything else is a bug (exit 1). */
export async function runCommand(command: Command, io: CliIo): Promise<number> {
  try {
    await command(io);
    return 0;
  } catch (error) {
    if (error instanceof ExitError) {
      if (error.message) (error.code === 0 ? io.stdout : io.stderr)(`${error.message}\n`);
      return error.code;
    }
    io.stderr(`${inspect(error)}\n`);
    return 1;
  }
}

/** True when the module at `moduleUrl` is the script node (or tsx) was started with. */
function isEntryPoint(moduleUrl: string): boolean {
  const started = process.argv[1];
  if (!started) return false;
  try {
    return realpathSync(path.resolve(started)) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/**
 * Runs a command on the process when the script at `moduleUrl` (its `import.meta.url`) is the one
 * started, so a test can import the command without running it.
 */
export function runCli(command: Command, moduleUrl: string): void {
  if (!isEntryPoint(moduleUrl)) return;
  const io: CliIo = {
    argv: process.argv.slice(2),
    cwd: callerDir(),
    env: process.env,
    stdin: process.stdin,
    stdout: (chunk) => process.stdout.write(chunk),
    stderr: (text) => process.stderr.write(text),
  };
  void runCommand(command, io).then((code) => {
    process.exitCode = code;
  });
}

type CliOptions = NonNullable<ParseArgsConfig["options"]>;
type CliValues<O extends CliOptions> = ReturnType<typeof parseArgs<{ args: string[]; allowPositionals: true; options: O }>>["values"];

/**
 * The arguments of a CLI that reads one FILE: its `options` and -h/--help. A bad flag or a missing
 * or extra FILE exits 2 with the usage; --help prints the usage and exits 0.
 */
export function readFileArgs<const O extends CliOptions>(argv: readonly string[], usage: string, options: O): { file: string; values: CliValues<O> } {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { ...options, help: { type: "boolean", short: "h" } } });
  } catch (error) {
    throw new ExitError(`${(error as Error).message}\n${usage}`, 2);
  }
  if ((parsed.values as { help?: boolean }).help) throw new ExitError(usage, 0);
  if (parsed.positionals.length !== 1) {
    throw new ExitError(`${parsed.positionals.length === 0 ? "Missing FILE" : "Give exactly one FILE"}\n${usage}`, 2);
  }
  return { file: parsed.positionals[0]!, values: parsed.values as CliValues<O> };
}

/**
 * The arguments of a CLI that reads one export file: `FILE [--as-of WEEK]` (`npm run signals`,
 * `npm run insights`). `exampleWeek` is the week the messages show.
 */
export function readFileAndAsOf(argv: readonly string[], usage: string, exampleWeek: string): { file: string; asOf?: string } {
  const { file, values } = readFileArgs(argv, usage, { "as-of": { type: "string" } });
  const asOf = values["as-of"];
  if (asOf !== undefined && !isValidIsoWeek(asOf)) {
    throw new ExitError(`--as-of must be an ISO week such as ${exampleWeek} (got "${asOf}")\n${usage}`, 2);
  }
  return { file, asOf };
}
