"use client";
import { useSyncExternalStore } from "react";
import { FieldError, inputClass } from "@/components/ui/field";

const NO_ZONES: string[] = [];
let zones: string[] | null = null;
const subscribe = () => () => {};
const allZones = () => (zones ??= Intl.supportedValuesOf("timeZone"));
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An IANA time zone; empty at first, it takes the browser's zone once the page runs in a browser. */
export function TimeZoneField({ id, defaultValue, error }: { id: string; defaultValue: string; error?: string }) {
  const options = useSyncExternalStore(subscribe, allZones, () => NO_ZONES);
  const detected = useSyncExternalStore(subscribe, browserZone, () => "");
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        Time zone
      </label>
      <p id={hintId} className="text-sm text-stone-600 dark:text-stone-400">
        Your weeks run Monday to Sunday here.{detected ? ` Your browser says ${detected}.` : ""}
      </p>
      <input
        id={id}
        name="timeZone"
        list={`${id}-options`}
        defaultValue={defaultValue || detected}
        autoComplete="off"
        spellCheck={false}
        placeholder="Europe/Berlin"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
        className={`mt-1 ${inputClass}`}
      />
      <datalist id={`${id}-options`}>
        {options.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <FieldError id={errorId} message={error} />
    </div>
  );
}
