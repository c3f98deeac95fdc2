"use client";
import { useActionState } from "react";
import { fieldErrorsOf, type FormAction } from "@/lib/action-result";
import { useSubmitWithoutReset } from "@/components/checkin/use-submit-without-reset";
import { Button } from "@/components/ui/button";
import { Field, inputClass } from "@/components/ui/field";
import { Section } from "@/components/ui/section";

/** The calendar's secret iCal address: saved encrypted; the page shows only its server. */
export function CalendarFeedForm({
  savedHost,
  saveAction,
}: {
  savedHost: string | null;
  saveAction: FormAction;
}) {
  const [state, dispatch, isPending] = useActionState(saveAction, null);
  const onSubmit = useSubmitWithoutReset(dispatch);
  const errors = fieldErrorsOf(state);
  return (
    <form action={dispatch} onSubmit={onSubmit} noValidate>
      <Section id="cal-feed" title="Calendar address">
        <p className="text-sm text-muted">
          {savedHost
            ? `A calendar address on ${savedHost} is saved. The check-in offers “Fill from my calendar”.`
            : "Instead of exporting a file every week, paste your calendar’s secret iCal address (Google: Settings › your calendar › Secret address in iCal format)."}{" "}
          It is stored encrypted and only ever fetched by this server when you ask.
        </p>
        <Field id="cal-feed-url" label={savedHost ? "Replace the calendar address" : "Secret iCal address"} hint="https://… or webcal://…" error={errors.feedUrl}>
          {(control) => <input name="feedUrl" type="url" inputMode="url" autoComplete="off" spellCheck={false} className={inputClass} {...control} />}
        </Field>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" variant="secondary" disabled={isPending}>
            {isPending ? "Saving…" : "Save the address"}
          </Button>
          {savedHost ? (
            <Button type="submit" name="remove" value="on" variant="ghost" disabled={isPending}>
              Remove it
            </Button>
          ) : null}
          <p role="status" className="text-sm font-semibold text-ok-text">
            {state?.ok ? state.message : state ? state.message : ""}
          </p>
        </div>
      </Section>
    </form>
  );
}
