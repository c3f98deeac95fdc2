import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { addUsers, createTempDb, type TempDb } from "./temp-db";

type SetUp = (temp: TempDb) => unknown;

/**
 * A freshly migrated database (tests/helpers/temp-db.ts) for every test of the file or describe
 * block that calls it: bare `users` are added, then `setUp` runs (keep the file's `db` there, seed
 * rows); it is cleaned up after each test. The returned object reads the current test's database.
 */
export function freshDbEachTest(users: readonly string[] = [], setUp?: SetUp): TempDb {
  return register(beforeEach, afterEach, users, setUp);
}

/** The same, one database shared by all the tests of the file or describe block. */
export function freshDbForAll(users: readonly string[] = [], setUp?: SetUp): TempDb {
  return register(beforeAll, afterAll, users, setUp);
}

function register(before: typeof beforeEach, after: typeof afterEach, users: readonly string[], setUp?: SetUp): TempDb {
  let current: TempDb | undefined;
  before(async () => {
    current = await createTempDb();
    await addUsers(current.db, ...users);
    await setUp?.(current);
  });
  after(async () => {
    const done = current;
    current = undefined;
    await done?.cleanup();
  });
  const now = () => {
    if (!current) throw new Error("The fresh database exists only while a test runs.");
    return current;
  };
  return {
    get db() {
      return now().db;
    },
    get engine() {
      return now().engine;
    },
    get env() {
      return now().env;
    },
    get dir() {
      return now().dir;
    },
    reopen: () => now().reopen(),
    cleanup: () => now().cleanup(),
  };
}
