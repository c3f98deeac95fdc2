"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import type { FormAction } from "@/lib/action-result";
import { chosenInclusions, CURATION_LIMITS, type ReportInclusion, type TalkingPointChoice } from "@/lib/report/talking-points";

export type EditorSuggestion = { id: string; title: string; ask: string; ticked: boolean; leaderOnly: boolean };

const OWN_POINTS = 2;

const INCLUSIONS: ReadonlyArray<{ id: ReportInclusion; label: string; hint: string }> = [
  {
    id: "experiments",
    label: "My experiments",
    hint: "What I tried in these weeks, for how long, and what the weeks showed. Their notes only with “Include my private notes”.",
  },
  {
    id: "review",
    label: "My quarterly review",
    hint: "The latest review in the range: what energized and drained me, how my weeks and signs moved, the steps I kept and the path I lean to.",
  },
  { id: "reflection", label: "The review’s written reflection, word for word", hint: "Only together with the review." },
];

type EditorProps = {
  suggestions: readonly EditorSuggestion[];
  choice: TalkingPointChoice | null;
  save: FormAction;
  reset: FormAction;
};

/**
 * The editor behind a disclosure, built when the leader opens it: the report below already shows
 * what the manager reads, and the form (a textarea per suggestion, own points, the message, the
 * inclusions) is for the visits where the leader changes it. It stays mounted once opened, so a
 * save's answer and the typed text survive the page refreshing after the save.
 */
export function TalkingPointsDisclosure(props: EditorProps) {
  const [opened, setOpened] = useState(false);
  const { choice } = props;
  return (
    <details
      className="group rounded-xl border border-border bg-surface"
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-3 py-2 font-medium hover:bg-surface-muted focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent sm:px-4 [&::-webkit-details-marker]:hidden">
        <span>
          Choose the points, reword them, add a message or your experiments
          <span className="block text-sm font-normal text-muted">
            {choice ? "Your saved choice is in the report below." : "The report below has the suggested points until you change them."}
          </span>
        </span>
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <div className="px-3 pb-3 sm:px-4 sm:pb-4">{opened ? <TalkingPointsEditor {...props} /> : null}</div>
    </details>
  );
}

/**
 * The leader decides what their manager reads: suggestions to tick (a leader-only point such as
 * role fit starts unticked and says why), their own wording, points of their own and a short message.
 * Also what else goes in (experiments, the quarterly review, its written reflection), each off until
 * ticked. Saved for the report page, the downloads and every share link created afterwards.
 */
export function TalkingPointsEditor({ suggestions, choice, save, reset }: EditorProps) {
  const [state, action, pending] = useActionState<Awaited<ReturnType<FormAction>> | null, FormData>(
    (previous, form) => (form.get("intent") === "reset" ? reset(previous, form) : save(previous, form)),
    null,
  );
  const picked = new Set(choice ? choice.picked : suggestions.filter((s) => s.ticked && !s.leaderOnly).map((s) => s.id));
  const [message, setMessage] = useState(choice?.message ?? "");
  const [included, setIncluded] = useState(() => chosenInclusions(choice));
  const own = Array.from({ length: OWN_POINTS }, (_, i) => choice?.added?.[i] ?? "");
  const error = (field: string) => (state && !state.ok ? state.fieldErrors[field] : undefined);
  // Dispatched by hand: React resets a form after its action, which would throw away what was just saved.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter instanceof HTMLButtonElement && submitter.name) form.set(submitter.name, submitter.value);
    startTransition(() => action(form));
  }
  return (
    <Card padding="sm">
      <form action={action} onSubmit={submit} className="space-y-4">
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium">Suggestions from your weeks: tick the ones to bring up, and reword them if you like</legend>
          {suggestions.length === 0 ? <p className="text-sm text-muted">No suggestions for this range.</p> : null}
          {suggestions.map((s) => (
            <div key={s.id} className="space-y-1 rounded-lg border border-border p-3">
              <label className="flex min-h-11 items-start gap-2">
                <input type="checkbox" name="pick" value={s.id} defaultChecked={picked.has(s.id)} className="mt-1 size-5 shrink-0" />
                <span>
                  <span className="font-medium">{s.title}</span>
                  {s.leaderOnly ? (
                    <span className="block text-sm text-muted">Only you decide whether to raise this: it is never included unless you tick it.</span>
                  ) : null}
                </span>
              </label>
              <label htmlFor={`edit-${s.id}`} className="sr-only">
                Wording of “{s.title}”
              </label>
              <textarea
                id={`edit-${s.id}`}
                name={`edit.${s.id}`}
                rows={2}
                maxLength={CURATION_LIMITS.text}
                defaultValue={choice?.edits?.[s.id] ?? s.ask}
                className={`${inputClass} field-sizing-content text-sm`}
              />
            </div>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Points of your own (optional)</legend>
          {own.map((text, i) => (
            <div key={i}>
              <label htmlFor={`own-${i}`} className="sr-only">
                Your own point {i + 1}
              </label>
              <textarea id={`own-${i}`} name="own" rows={2} maxLength={CURATION_LIMITS.text} defaultValue={text} placeholder={`Your own point ${i + 1}`} className={`${inputClass} field-sizing-content text-sm`} />
            </div>
          ))}
        </fieldset>
        <div className="space-y-1">
          <label htmlFor="report-message" className="block text-sm font-medium">
            A short message to your manager (optional)
          </label>
          <textarea
            id="report-message"
            name="message"
            rows={3}
            maxLength={CURATION_LIMITS.message}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
            aria-describedby="report-message-count"
            aria-invalid={error("message") ? true : undefined}
            className={`${inputClass} field-sizing-content text-sm`}
          />
          <p id="report-message-count" className="text-sm text-muted">
            {message.length} / {CURATION_LIMITS.message} characters
          </p>
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium">Also include (nothing of it goes in unless you tick it)</legend>
          {INCLUSIONS.map((inc) => {
            const off = inc.id === "reflection" && !included.has("review");
            return (
              <label key={inc.id} className={`flex min-h-11 items-start gap-2 ${inc.id === "reflection" ? "pl-7" : ""}`}>
                <input
                  type="checkbox"
                  name="include"
                  value={inc.id}
                  checked={included.has(inc.id) && !off}
                  disabled={off}
                  onChange={(e) => {
                    const next = new Set(included);
                    if (e.currentTarget.checked) next.add(inc.id);
                    else next.delete(inc.id);
                    setIncluded(next);
                  }}
                  className="mt-1 size-5 shrink-0"
                />
                <span>
                  <span className="font-medium">{inc.label}</span>
                  <span className="block text-sm text-muted">{inc.hint}</span>
                </span>
              </label>
            );
          })}
          <p className="text-sm text-muted">Your monthly wellbeing answers never go into a report.</p>
        </fieldset>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" name="intent" value="save" disabled={pending}>
            {pending ? "Saving…" : "Save report choices"}
          </Button>
          {choice ? (
            <Button type="submit" name="intent" value="reset" variant="ghost" disabled={pending}>
              Back to the suggestions
            </Button>
          ) : null}
          <p role="status" className={state?.ok === false ? "text-sm text-alert-text" : "text-sm text-muted"}>
            {state?.message}
          </p>
        </div>
      </form>
    </Card>
  );
}
