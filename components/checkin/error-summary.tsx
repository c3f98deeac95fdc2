"use client";
import { useEffect, useRef, type MouseEvent } from "react";
import { Card } from "@/components/ui/card";

// A fragment link only scrolls; moving focus lets the leader type the fix straight away.
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  event.preventDefault();
  field.focus();
  field.scrollIntoView({ block: "center" });
}

/** The list of problems at the top of a form; it takes focus so keyboard users land on it. */
export function ErrorSummary({
  message,
  fieldErrors,
  labelFor,
  idFor,
  knownFields,
}: {
  message: string;
  fieldErrors: Record<string, string>;
  labelFor: (path: string) => string;
  idFor: (path: string) => string;
  knownFields: ReadonlySet<string>;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [fieldErrors]);
  const entries = Object.entries(fieldErrors);
  return (
    <Card ref={ref} role="alert" tabIndex={-1} tone="alert" emphasis padding="sm">
      <p className="font-semibold">{message}</p>
      {entries.length > 0 ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
          {entries.map(([path, text]) => (
            <li key={path}>
              {knownFields.has(path) ? (
                <a href={`#${idFor(path)}`} onClick={(e) => focusField(e, idFor(path))} className="underline underline-offset-2">
                  {labelFor(path)}: {text}
                </a>
              ) : (
                <span>
                  {path === "form" ? text : `${labelFor(path)}: ${text}`}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
