import type { APIRequestContext } from "@playwright/test";

/** What a hostile case gets: the server's origin and two request contexts (Origin header preset). */
export type HostileContext = {
  baseURL: string;
  /** Signed in as a leader with a completed profile (the attacker has an account too). */
  attacker: APIRequestContext;
  /** No cookies. */
  anonymous: APIRequestContext;
};

/**
 * One hostile input from issue 8's families. `run` sends it and asserts the answer (status, size,
 * message); it resolves when the exchange ends. tests/e2e/hostile.spec.ts runs every case while a
 * bystander leader keeps loading their dashboard, then checks that the server still answers normally.
 */
export type HostileCase = {
  /** "<finding> <short name>", e.g. "1 proto key in sign-in form". */
  name: string;
  run: (ctx: HostileContext) => Promise<void>;
  /** Upper bound for the whole exchange; default 30 s. */
  timeoutMs?: number;
};
