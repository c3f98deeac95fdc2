import { DEFAULT_REMINDER } from "../../lib/validation/calendar";
import { transaction, type Db } from "../client";
import { getProfile, saveSettings } from "./profiles";

/**
 * Turns the leader's reminder e-mails on or off (settings.reminder.email), keeping the rest of their
 * settings; false when there is no such leader (a link for a deleted account). Settings saves of the
 * same leader take turns, so neither overwrites the other.
 */
export async function setEmailReminders(db: Db, userId: string, on: boolean): Promise<boolean> {
  return transaction(
    db,
    async (tx) => {
      const profile = await getProfile(tx, userId);
      if (!profile) return false;
      return saveSettings(tx, userId, { ...profile.settings, reminder: { ...(profile.settings.reminder ?? DEFAULT_REMINDER), email: on } });
    },
    { lockKey: `settings:${userId}` },
  );
}
