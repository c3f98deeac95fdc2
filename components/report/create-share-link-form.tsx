"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import type { FormAction } from "@/lib/action-result";
import { shareMessage } from "@/lib/report/share";
import type { ReportInclusion } from "@/lib/report/talking-points";

const EXPIRY_DAYS = ["7", "30", "90"] as const;

/** Copies text to the clipboard and says so; where the clipboard is refused, selects the field for a manual copy. */
function CopyButton({ text, field, label }: { text: string; field: string; label: string }) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      const el = document.getElementById(field);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.select();
      setState("manual");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <Button type="button" variant="secondary" onClick={copy}>
        {label}
      </Button>
      <span aria-live="polite" className="text-sm text-muted">
        {state === "copied" ? "Copied" : state === "manual" ? "Selected: press Ctrl+C (⌘C) to copy" : ""}
      </span>
    </span>
  );
}

/** Creates a link for the shown range; the URL and a ready-to-send message appear once, right after creating it. */
export function CreateShareLinkForm({
  create,
  range,
  period,
  includeNotes,
}: {
  create: FormAction<{ url: string; expiresAt: string; includes: ReportInclusion[] }>;
  range: { from: string; to: string };
  period: string;
  includeNotes: boolean;
}) {
  const [state, action, pending] = useActionState(create, null);
  // Controlled, so the choice survives the form's reset after the action (it used to snap back to 30).
  const [days, setDays] = useState<(typeof EXPIRY_DAYS)[number]>("30");
  const [notes, setNotes] = useState(includeNotes);
  const created = state?.ok ? state.data : null;
  // With JavaScript the action is dispatched here instead of through <form action>: React resets a form
  // after its action, and the reset put a controlled <select> back to its first render's 30 days.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => action(form));
  }
  const message = created ? shareMessage({ url: created.url, period, expiresAt: new Date(created.expiresAt), includeNotes: notes, includes: created.includes }) : null;
  return (
    <Card padding="sm">
    <form action={action} onSubmit={submit} className="space-y-3">
      <input type="hidden" name="from" value={range.from} />
      <input type="hidden" name="to" value={range.to} />
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="share-expiry" className="block text-sm font-medium">
            Expires after
          </label>
          <select id="share-expiry" name="expiresInDays" value={days} onChange={(e) => setDays(e.currentTarget.value as (typeof EXPIRY_DAYS)[number])} className={inputClass}>
            {EXPIRY_DAYS.map((d) => (
              <option key={d} value={d}>
                {d} days
              </option>
            ))}
          </select>
        </div>
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" name="includeNotes" value="yes" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} className="size-5" />
          Include my private notes
        </label>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? "Creating…" : "Create link"}
        </Button>
      </div>
      <div role="status" className="space-y-3">
        {state?.message ? <p className={state.ok ? "text-sm" : "text-sm text-alert-text"}>{state.message}</p> : null}
        {created && message ? (
          <>
            <div className="space-y-1">
              <label htmlFor="share-url" className="block text-sm font-medium">
                Share link
              </label>
              <input id="share-url" readOnly value={created.url} className={`${inputClass} w-full font-mono text-sm`} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton text={created.url} field="share-url" label="Copy link" />
            </div>
            <div className="space-y-1">
              <label htmlFor="share-message" className="block text-sm font-medium">
                Ready-to-send message
              </label>
              <textarea id="share-message" readOnly rows={8} value={message} className={`${inputClass} w-full text-sm`} onFocus={(e) => e.currentTarget.select()} />
              <CopyButton text={message} field="share-message" label="Copy message" />
            </div>
          </>
        ) : null}
      </div>
    </form>
    </Card>
  );
}
