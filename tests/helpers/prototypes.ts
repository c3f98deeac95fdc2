import { expect } from "vitest";

const GUARDED = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype, String: String.prototype };

/** The own keys of the built-in prototypes a conversion could write into, with each value's type. */
export function prototypeSnapshot(): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(GUARDED).map(([name, proto]) => [
      name,
      Reflect.ownKeys(proto).map((key) => `${String(key)}:${typeof Object.getOwnPropertyDescriptor(proto, key)?.value}`),
    ]),
  );
}

/** Fails when a built-in prototype gained, lost or changed a key, or a fresh {} inherits an enumerable key. */
export function expectPrototypesUnchanged(before: Record<string, string[]>): void {
  const inherited: string[] = [];
  for (const key in {}) inherited.push(key);
  expect(inherited, "enumerable keys a fresh {} inherits").toEqual([]);
  expect(prototypeSnapshot()).toEqual(before);
}

/** Undoes any pollution a failing test caused, so one failure does not cascade into every later test. */
export function restorePrototypes(before: Record<string, string[]>): void {
  for (const [name, proto] of Object.entries(GUARDED)) {
    const known = new Set(before[name]!.map((entry) => entry.slice(0, entry.lastIndexOf(":"))));
    for (const key of Reflect.ownKeys(proto)) {
      if (!known.has(String(key))) delete (proto as Record<PropertyKey, unknown>)[key];
    }
  }
}
