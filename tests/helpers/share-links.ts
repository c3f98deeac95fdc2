import type { Db } from "@/db/client";
import { saveCheckin } from "@/db/queries/checkins";
import { saveProfile } from "@/db/queries/profiles";
import { createShareLink, type NewShareLink } from "@/db/queries/share-links";
import { makeCheckin, makeProfile } from "./factories";

/** The moment the share-link suites run at, and the four weeks their links cover. */
export const SHARE_NOW = new Date("2026-11-26T09:00:00Z");
export const SHARE_RANGE = { from: "2026-W44", to: "2026-W47" } as const;
const SHARE_WEEKS = ["2026-W44", "2026-W45", "2026-W46", "2026-W47"];
const DAY = 86_400_000;

/** A leader (already a user) with a profile named `displayName` and the four weeks logged, each with `note(week)` if given. */
export async function seedShareOwner(db: Db, userId: string, displayName: string, note?: (week: string) => string): Promise<void> {
  await saveProfile(db, userId, makeProfile({ displayName, leadingSince: "2026-03-02" }));
  for (const week of SHARE_WEEKS) await saveCheckin(db, userId, makeCheckin(week, note ? { note: note(week) } : {}));
}

/** A link over the four weeks, without notes, open for a week from SHARE_NOW; `over` changes any of it. */
export function newShareLink(db: Db, userId: string, over: Partial<NewShareLink> = {}) {
  return createShareLink(db, userId, { ...SHARE_RANGE, includeNotes: false, expiresAt: new Date(SHARE_NOW.getTime() + 7 * DAY), ...over });
}
