import { hashPassword, verifyPassword } from "better-auth/crypto";
import { join } from "node:path";
import { createAuth } from "../../app/_server/create-auth";
import { closeDb, createDb } from "../../db/client";
import { migrateDb } from "../../db/migrate";
import { CLIENT_ADDRESS_HEADER } from "../../lib/auth/client-address";
import { DEFAULT_LOCKOUT_CONFIG } from "../../lib/auth/lockout";
import { elapsedMs, formatCount, formatMs, summarize, timeInterleaved, timingTable, type BenchSection } from "./harness";

const BASE_URL = "http://localhost:3999";
const PASSWORD = "correct horse battery";
const BURST = 60;
const SIGN_UP_ROUNDS = 30;
const BURST_ROUNDS = 5;

export const authBench: BenchSection = {
  name: "auth",
  description: "sign-up of a taken vs a new address, and a 60-attempt parallel sign-in burst, through better-auth's handler",
  async run({ tempDir, onCleanup, warmup }) {
    const db = createDb(join(tempDir("auth"), "auth.db"));
    onCleanup(() => closeDb(db));
    await migrateDb(db);
    let checks = 0;
    const auth = createAuth({
      db,
      secret: "bench-secret-that-is-at-least-32-characters-long",
      baseURL: BASE_URL,
      allowSignup: true,
      lockout: DEFAULT_LOCKOUT_CONFIG,
      rateLimit: { enabled: false, max: 3, windowSeconds: 10 },
      password: {
        hash: hashPassword,
        verify: (data) => {
          checks++;
          return verifyPassword(data);
        },
      },
      logger: { disabled: true },
    });
    let n = 0;
    const post = (path: string, body: unknown) =>
      auth.handler(
        new Request(`${BASE_URL}/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: BASE_URL, [CLIENT_ADDRESS_HEADER]: `198.51.100.${n++ % 250}` },
          body: JSON.stringify(body),
        }),
      );
    const taken = "taken@example.com";
    await post("/sign-up/email", { email: taken, password: PASSWORD, name: "taken" });

    const signUps = await timeInterleaved(
      {
        "sign-up, new address (200)": async () => {
          const res = await post("/sign-up/email", { email: `new${n}@example.com`, password: PASSWORD, name: "new" });
          if (res.status !== 200) throw new Error(`new address answered ${res.status}`);
        },
        "sign-up, taken address (422)": async () => {
          const res = await post("/sign-up/email", { email: taken, password: PASSWORD, name: "again" });
          if (res.status !== 422) throw new Error(`taken address answered ${res.status}`);
        },
      },
      SIGN_UP_ROUNDS,
      Math.min(warmup, 3),
    );
    const [fresh, again] = Object.entries(signUps).map(([name, samples]) => summarize(name, samples));

    const bursts: number[] = [];
    const counts: string[] = [];
    for (let round = 0; round < BURST_ROUNDS; round++) {
      const email = `burst${round}@example.com`;
      await post("/sign-up/email", { email, password: PASSWORD, name: "burst" });
      checks = 0;
      const start = process.hrtime.bigint();
      const statuses = await Promise.all(
        Array.from({ length: BURST }, (_, i) => post("/sign-in/email", { email, password: i === BURST - 1 ? PASSWORD : `wrong password ${i}` }).then((r) => r.status)),
      );
      bursts.push(elapsedMs(start));
      counts.push(`${checks} checks; ${statuses.filter((s) => s === 401).length}×401, ${statuses.filter((s) => s === 429).length}×429, right one ${statuses.at(-1)}`);
    }
    const burst = summarize(`${BURST} parallel sign-ins, right password last (whole burst)`, bursts);
    const ratio = again!.medianMs / fresh!.medianMs;
    const maxChecks = Math.max(...counts.map((c) => Number.parseInt(c, 10)));
    return {
      tables: [
        timingTable(`Sign-up (${SIGN_UP_ROUNDS} rounds, interleaved) and bursts (${BURST_ROUNDS} rounds)`, [fresh!, again!, burst]),
        { title: "Burst outcomes", headers: ["round", "outcome"], rows: counts.map((c, i) => [formatCount(i + 1), c]) },
      ],
      goals: [
        {
          goal: "auth: a taken address's sign-up answer takes as long as a new one's (median ratio ≥ 0.8)",
          measured: `${formatMs(again!.medianMs)} / ${formatMs(fresh!.medianMs)} ms = ${ratio.toFixed(2)}`,
          isMet: ratio >= 0.8,
        },
        {
          goal: `auth: a ${BURST}-attempt burst checks at most LOGIN_MAX_FAILURES (${DEFAULT_LOCKOUT_CONFIG.maxFailures}) passwords`,
          measured: `${maxChecks} checks, burst median ${formatMs(burst.medianMs)} ms`,
          isMet: maxChecks <= DEFAULT_LOCKOUT_CONFIG.maxFailures,
        },
      ],
    };
  },
};
