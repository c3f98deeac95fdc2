import { readFile, stat } from "node:fs/promises";
import path from "node:path";
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

export function resolveFromCaller(file: string): string {
  return path.resolve(callerDir(), file);
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

/** Runs a command's main: planned exits print their message, anything else is a bug (exit 1). */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (error instanceof ExitError) {
      if (error.message) (error.code === 0 ? process.stdout : process.stderr).write(`${error.message}\n`);
      process.exitCode = error.code;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  });
}
