import { parentPort } from "node:worker_threads";
import { importCalendarWeek, type CalendarImportOptions } from "./import-week";

// Imports one file per message (from isolated-import.ts), which terminates this thread at its deadline.
parentPort?.on("message", ({ text, options }: { text: string; options: CalendarImportOptions }) => {
  parentPort!.postMessage({ started: true });
  parentPort!.postMessage({ result: importCalendarWeek(text, options) });
});
