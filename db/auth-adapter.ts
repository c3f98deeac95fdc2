import { drizzleAdapter } from "better-auth/adapters/drizzle";
import type { Db } from "./client";

/** better-auth's Drizzle adapter on `db`: the engine's provider and our tables for its models. */
export function authDatabase(db: Db) {
  const { users, sessions, accounts, verifications, rateLimits } = db.tables;
  return drizzleAdapter(db, {
    provider: db.engine === "postgres" ? "pg" : "sqlite",
    schema: { user: users, session: sessions, account: accounts, verification: verifications, rateLimit: rateLimits },
  });
}
