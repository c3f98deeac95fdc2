"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { CheckinSaveState } from "@/lib/checkin-form";
import { formatWeekLabel } from "@/lib/format";
import { Button, buttonClass } from "@/components/ui/button";

export type KeptReason = "offline" | "failed" | "signed-out" | "other-leader" | "refused-invalid";

/** The server's answer as the form shows it. */
export type SaveAnswer =
  | { status: "idle" }
  | { status: "saved"; message: string; week: string; nextWeek: string | null }
  | { status: "invalid"; message: string; fieldErrors: Record<string, string>; values: Partial<Record<string, string>> };

/** A save's outcome as the form shows it: the server's answer, or kept on the device when it could not be sent. */
export type Outcome = SaveAnswer | { status: "kept"; reason: KeptReason; stored: boolean; problem: string | null };

/** The action's ActionResult in the form's terms. */
export function answerOf(state: CheckinSaveState): SaveAnswer {
  if (state === null) return { status: "idle" };
  if (state.ok) return { status: "saved", message: state.message ?? "Saved.", week: state.data.week, nextWeek: state.data.nextWeek };
  return { status: "invalid", message: state.message, fieldErrors: state.fieldErrors, values: state.values ?? {} };
}

const link = buttonClass("ghost", "underline underline-offset-2");

function keptText(reason: KeptReason, problem: string | null): string {
  switch (reason) {
    case "offline":
      return "You’re offline. It is sent by itself as soon as the connection is back.";
    case "failed":
      return "The server couldn’t be reached. It is sent by itself when the connection works again.";
    case "signed-out":
      return "You’re signed out. Sign in again and it is sent then.";
    case "other-leader":
      return "Another account is signed in now. It is sent when the account that typed it signs in again.";
    case "refused-invalid":
      return `The server didn’t take it: ${problem ?? "a field needs fixing"} Fix the week and save again.`;
  }
}

/**
 * What happened to the last save, beside the Save button. A confirmation or a kept-on-device notice
 * takes focus, so keyboard and screen-reader users hear it and Tab reaches the next action first.
 */
export function SaveOutcome({ outcome, onRetry }: { outcome: Outcome; onRetry: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (outcome.status === "saved" || outcome.status === "kept") ref.current?.focus();
  }, [outcome]);

  return (
    <div ref={ref} role="status" tabIndex={-1} className="text-sm outline-none">
      {outcome.status === "saved" ? (
        <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <p className="font-semibold text-ok-text">{outcome.message}</p>
          {outcome.nextWeek ? (
            <Link href={`/checkin/${outcome.nextWeek}`} className={buttonClass("primary")}>
              Log {formatWeekLabel(outcome.nextWeek)} next
            </Link>
          ) : null}
          <Link href="/dashboard" className={outcome.nextWeek ? link : buttonClass("primary")}>
            See your dashboard
          </Link>
          <Link href="/history" className={link}>
            See your history
          </Link>
        </div>
      ) : null}
      {outcome.status === "kept" ? (
        outcome.stored ? (
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <p>
              <span className="font-semibold text-watch-text">Saved on this device, not yet sent.</span> {keptText(outcome.reason, outcome.problem)}
            </p>
            {outcome.reason === "failed" ? (
              <Button variant="secondary" onClick={onRetry}>
                Try again now
              </Button>
            ) : null}
            {outcome.reason === "signed-out" || outcome.reason === "other-leader" ? (
              <Link href="/sign-in" className={link}>
                Sign in
              </Link>
            ) : null}
          </div>
        ) : (
          <p className="font-semibold text-alert-text">
            Not saved: this browser won’t keep it on the device. Keep this page open and press Save week again once you’re online.
          </p>
        )
      ) : null}
    </div>
  );
}
