import { parentPort, workerData } from "node:worker_threads";
import { importCalendarWeek, type CalendarImportOptions } from "./import-week";

// One import per worker thread (started by isolated-import.ts), which is then terminated.
const { text, options } = workerData as { text: string; options: CalendarImportOptions };
parentPort?.postMessage({ started: true });
parentPort?.postMessage({ result: importCalendarWeek(text, options) });
