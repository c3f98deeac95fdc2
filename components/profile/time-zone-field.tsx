"use client";
import { useSyncExternalStore } from "react";
import { Field, inputClass } from "@/components/ui/field";

const NO_ZONES: string[] = [];
let zones: string[] | null = null;
const subscribe = () => () => {};
const allZones = () => (zones ??= Intl.supportedValuesOf("timeZone"));
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An IANA time zone; empty at first, it takes the browser's zone once the page runs in a browser. */
export function TimeZoneField({ id, defaultValue, error }: { id: string; defaultValue: string; error?: string }) {
  const options = useSyncExternalStore(subscribe, allZones, () => NO_ZONES);
  const detected = useSyncExternalStore(subscribe, browserZone, () => "");
  return (
    <Field
      id={id}
      label="Time zone"
      hint={`Your weeks run Monday to Sunday here.${detected ? ` Your browser says ${detected}.` : ""}`}
      error={error}
    >
      {(control) => (
        <>
          <input
            name="timeZone"
            list={`${id}-options`}
            defaultValue={defaultValue || detected}
            autoComplete="off"
            spellCheck={false}
            placeholder="Europe/Berlin"
            className={inputClass}
            {...control}
          />
          <datalist id={`${id}-options`}>
            {options.map((zone) => (
              <option key={zone} value={zone} />
            ))}
          </datalist>
        </>
      )}
    </Field>
  );
}
