"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import type { FormAction } from "@/lib/action-result";

/** Creates a link for the shown range; the URL appears once, right after creating it. */
export function CreateShareLinkForm({
  create,
  range,
  includeNotes,
}: {
  create: FormAction<{ url: string }>;
  range: { from: string; to: string };
  includeNotes: boolean;
}) {
  const [state, action, pending] = useActionState(create, null);
  return (
    <Card padding="sm">
      <form action={action} className="space-y-3">
        <input type="hidden" name="from" value={range.from} />
        <input type="hidden" name="to" value={range.to} />
        <div className="flex flex-wrap items-end gap-3">
          <div>
            <label htmlFor="share-expiry" className="block text-sm font-medium">
              Expires after
            </label>
            <select id="share-expiry" name="expiresInDays" defaultValue="30" className={inputClass}>
              <option value="7">7 days</option>
              <option value="30">30 days</option>
              <option value="90">90 days</option>
            </select>
          </div>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" name="includeNotes" value="yes" defaultChecked={includeNotes} className="size-5" />
            Include my private notes
          </label>
          <Button type="submit" variant="secondary" disabled={pending}>
            {pending ? "Creating…" : "Create link"}
          </Button>
        </div>
        <div role="status" className="space-y-2">
          {state?.message ? <p className={state.ok ? "text-sm" : "text-sm text-alert-text"}>{state.message}</p> : null}
          {state?.ok ? (
            <div>
              <label htmlFor="share-url" className="block text-sm font-medium">
                Share link
              </label>
              <input id="share-url" readOnly value={state.data.url} className={`${inputClass} font-mono text-sm`} onFocus={(e) => e.currentTarget.select()} />
            </div>
          ) : null}
        </div>
      </form>
    </Card>
  );
}
