import { rmSync } from "node:fs";
import { SCREENSHOT_DIR } from "./fixtures";

/** Screenshots live outside Playwright's outputDir, so clear the last run's by hand. */
export default function globalSetup(): void {
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });
}
