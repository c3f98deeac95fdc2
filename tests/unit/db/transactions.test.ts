import Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { transaction, type Db } from "@/db/client";
import { getCheckin, saveCheckin } from "@/db/queries/checkins";
import { makeCheckin } from "@/tests/helpers/factories";
import { freshDbEachTest } from "@/tests/helpers/fresh-db";
import { TEST_ENGINE } from "@/tests/helpers/temp-db";

let db: Db;

const temp = freshDbEachTest(["alex", "blair"], (fresh) => (db = fresh.db));

// Drizzle wraps what the driver throws; the reason is on `cause`.
const causedBy = (pattern: RegExp) => (error: unknown) => error instanceof Error && pattern.test(String((error.cause as Error | undefined)?.message));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const userIds = async () => (await db.select({ id: db.tables.users.id }).from(db.tables.users)).map((r) => r.id).sort();

describe(`transaction(db, body) on ${TEST_ENGINE}`, () => {
  it("keeps another request's write that runs while a body awaits out of that body's rollback", async () => {
    const rolledBack = transaction(db, async (tx) => {
      await tx.insert(tx.tables.users).values({ id: "ghost", name: "ghost", email: "ghost@example.test" });
      await pause(50);
      throw new Error("changed my mind");
    });
    await pause(10);
    const otherRequest = saveCheckin(db, "blair", makeCheckin("2026-W10"));

    await expect(rolledBack).rejects.toThrow("changed my mind");
    await otherRequest;
    expect(await getCheckin(db, "blair", "2026-W10")).not.toBeNull();
    expect(await userIds()).toEqual(["alex", "blair"]);
  });

  it("commits every write of a body that resolves, and returns its value", async () => {
    const result = await transaction(db, async (tx) => {
      await tx.insert(tx.tables.users).values({ id: "cara", name: "cara", email: "cara@example.test" });
      await tx.update(tx.tables.users).set({ name: "Cara" }).where(eq(tx.tables.users.id, "cara"));
      return "done";
    });
    expect(result).toBe("done");
    expect(await userIds()).toEqual(["alex", "blair", "cara"]);
  });

  it("serializes read-then-write bodies that name the same lock key", async () => {
    const { users } = db.tables;
    const increment = () =>
      transaction(
        db,
        async (tx) => {
          const [row] = await tx.select({ name: users.name }).from(users).where(eq(users.id, "alex"));
          await pause(1);
          await tx.update(users).set({ name: `${Number(row!.name) + 1}` }).where(eq(users.id, "alex"));
        },
        { lockKey: "counter" },
      );
    await db.update(users).set({ name: "0" }).where(eq(users.id, "alex"));
    const second = temp.reopen();
    await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? increment() : transactionOn(second))));
    const [row] = await db.select({ name: users.name }).from(users).where(eq(users.id, "alex"));
    expect(row!.name).toBe("12");

    function transactionOn(other: Db) {
      return transaction(
        other,
        async (tx) => {
          const [current] = await tx.select({ name: users.name }).from(tx.tables.users).where(eq(tx.tables.users.id, "alex"));
          await pause(1);
          await tx.update(tx.tables.users).set({ name: `${Number(current!.name) + 1}` }).where(eq(tx.tables.users.id, "alex"));
        },
        { lockKey: "counter" },
      );
    }
  });

  it("rolls back only a nested transaction that throws", async () => {
    await transaction(db, async (tx) => {
      await tx.insert(tx.tables.users).values({ id: "kept", name: "kept", email: "kept@example.test" });
      await expect(
        transaction(tx, async (inner) => {
          await inner.insert(inner.tables.users).values({ id: "dropped", name: "dropped", email: "dropped@example.test" });
          throw new Error("inner fails");
        }),
      ).rejects.toThrow("inner fails");
    });
    expect(await userIds()).toEqual(["alex", "blair", "kept"]);
  });
});

describe("a second copy of db/client.ts (Next.js bundles instrumentation and the app apart)", () => {
  it("runs transactions on handles the first copy opened", async () => {
    vi.resetModules();
    const copy = await import("@/db/client");
    await copy.transaction(db, async (tx) => {
      await tx.insert(tx.tables.users).values({ id: "dana", name: "dana", email: "dana@example.test" });
    });
    expect(await userIds()).toEqual(["alex", "blair", "dana"]);
  });
});

describe.runIf(TEST_ENGINE === "sqlite")("the SQLite turnstile", () => {
  it("refuses the outer handle inside a body instead of waiting for itself forever", async () => {
    await expect(transaction(db, async () => userIds())).rejects.toSatisfy(causedBy(/use the handle the body receives/));
    expect(await userIds()).toEqual(["alex", "blair"]);
  });

  it("refuses a transaction's handle once it has finished", async () => {
    let leaked: Db | undefined;
    await transaction(db, async (tx) => {
      leaked = tx;
    });
    await expect(leaked!.select().from(db.tables.users)).rejects.toSatisfy(causedBy(/already finished/));
  });

  it("is what it takes: without it, a rollback on the shared connection swallows the other request's write", async () => {
    const raw = new Database(join(temp.dir, "raw.db"));
    raw.exec("create table t (v text)");
    raw.exec("begin");
    raw.prepare("insert into t values ('mine')").run();
    await pause(5);
    raw.prepare("insert into t values ('another request')").run();
    raw.exec("rollback");
    expect(raw.prepare("select count(*) as n from t").get()).toEqual({ n: 0 });
    raw.close();
  });
});
