import { setPriority } from "node:os";
import { parentPort } from "node:worker_threads";
import { importCalendarWeek, type CalendarImportOptions } from "./import-week";

// Linux keeps a nice value per thread (pid 0 is this thread): the pages on the main thread go first.
const WORKER_NICE = 10;
if (process.platform === "linux") {
  try {
    setPriority(WORKER_NICE);
  } catch {
    // Not permitted in some containers; the import still runs at normal priority.
  }
}

// Imports one file per message (from isolated-import.ts), which terminates this thread at its deadline.
parentPort?.on("message", ({ text, options }: { text: string; options: CalendarImportOptions }) => {
  parentPort!.postMessage({ started: true });
  parentPort!.postMessage({ result: importCalendarWeek(text, options) });
});
