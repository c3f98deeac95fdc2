// One writer of tests/unit/db/checkins-store.test.ts's concurrency test, run as its own process:
// node --import tsx concurrent-saver.ts <user id> <week> <label> <warm-up week>, with PENDULUM_DB or
// DATABASE_URL naming the database. Opens its own connection and says "ready"; then reads "<start epoch ms> <duration ms>" from stdin,
// waits for that instant and saves the week again and again until the duration is over.
import { createInterface } from "node:readline";
import { closeDb, databaseConfigFromEnv, openDb } from "../../db/client";
import { saveCheckin } from "../../db/queries/checkins";
import { checkinSchema } from "../../lib/validation/checkin";

const [userId, week, label, warmUpWeek] = process.argv.slice(2);
const db = openDb(databaseConfigFromEnv(process.env, ""));
const now = () => performance.timeOrigin + performance.now();
const hoursOf = (n: number) => ({ meetings: (n % 40) + 1, execution: 1, mentoring: 1, other: 1 });
// Compile and prepare everything on another week first, so the race starts with warm writers.
await saveCheckin(db, userId!, checkinSchema.parse({ week: warmUpWeek, hours: hoursOf(0), note: `${label} warm-up` }));
const lines = createInterface({ input: process.stdin });
process.stdout.write("ready\n");
const line = await new Promise<string>((resolve) => lines.once("line", resolve));
lines.close();
const [startAt, durationMs] = line.split(" ").map(Number) as [number, number];

while (now() < startAt);
let saves = 0;
let firstSaveEndedAt = 0;
let lastNote = "";
while (now() < startAt + durationMs) {
  lastNote = `${label} ${saves}`;
  await saveCheckin(db, userId!, checkinSchema.parse({ week, hours: hoursOf(saves), note: lastNote }));
  saves++;
  if (saves === 1) firstSaveEndedAt = now();
}
const lastSaveEndedAt = now();
await closeDb(db);
process.stdout.write(`${JSON.stringify({ label, pid: process.pid, saves, lastNote, firstSaveEndedAt, lastSaveEndedAt })}\n`);
