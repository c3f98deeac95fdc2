import fc from "fast-check";
import { ensure } from "./rules";

/** Cases per property target (issue 8: at least 10,000 each); the one place to change it. */
export const NUM_RUNS = 10_000;

/** Any error answer stays under this, whatever was sent: 100 issues with shortened keys and messages. */
export const MAX_ERROR_BODY_BYTES = 128 * 1024;

/** Per-test timeout: generous, since a shared machine may give the suite a fraction of a core. */
export const PROPERTY_TIMEOUT_MS = 300_000;

export const PARAMETERS: fc.Parameters<unknown> = { numRuns: NUM_RUNS };

/** fc.assert with the suite's run count; shrinking reports the minimal failing case and its seed. */
export function check<T>(property: fc.IProperty<T>): void {
  fc.assert(property, PARAMETERS as fc.Parameters<T>);
}

export async function checkAsync<T>(property: fc.IAsyncProperty<T>): Promise<void> {
  await fc.assert(property, PARAMETERS as fc.Parameters<T>);
}

const OBJECT_PROTO_KEYS = Reflect.ownKeys(Object.prototype).length;
const ARRAY_PROTO_KEYS = Reflect.ownKeys(Array.prototype).length;

/** A cheap per-case check that nothing was written into the built-in prototypes. */
export function ensurePrototypesClean(): void {
  for (const key in {}) ensure(false, `Object.prototype gained the enumerable key ${JSON.stringify(key)}`);
  ensure(Reflect.ownKeys(Object.prototype).length === OBJECT_PROTO_KEYS, "Object.prototype gained or lost a key");
  ensure(Reflect.ownKeys(Array.prototype).length === ARRAY_PROTO_KEYS, "Array.prototype gained or lost a key");
}
