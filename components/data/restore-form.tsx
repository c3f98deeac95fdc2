"use client";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import type { ImportPreview, ImportResponse } from "@/lib/backup";
import { listPreviewText } from "@/lib/backup-preview";
import { isProblem } from "@/lib/problem";
import { moreIssuesMessage, type FieldIssue } from "@/lib/validation/issues";

type State =
  | { kind: "idle" }
  | { kind: "busy"; message: string }
  | { kind: "preview"; preview: ImportPreview }
  | { kind: "restored"; checkins: number }
  | { kind: "failed"; error: string; issues: FieldIssue[]; moreIssues?: number };

const MB = 1024 * 1024;

const problemCount = (n: number) => (n === 1 ? "1 problem" : `${n.toLocaleString("en-US")} problems`);
const checkinCount = (n: number) => `${n.toLocaleString("en-US")} ${n === 1 ? "check-in" : "check-ins"}`;

function isImportResponse(value: unknown): value is ImportResponse {
  return typeof value === "object" && value !== null && ("preview" in value || "restored" in value);
}

function previewText(p: ImportPreview): string {
  const fileSide = `the file's profile and ${checkinCount(p.fileCheckins)}`;
  if (!p.hasProfile) return `This sets up your profile and check-ins from ${fileSide}.`;
  return `This replaces your profile and ${checkinCount(p.currentCheckins)} with ${fileSide}.`;
}

/** Upload a backup, see what it would replace, then confirm; the file is sent again on confirm. */
export function RestoreForm({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (state.kind !== "idle" && state.kind !== "busy") resultHeading.current?.focus();
  }, [state]);

  async function send(confirm: boolean) {
    if (!file) {
      setState({ kind: "failed", error: "Choose a backup file first.", issues: [] });
      return;
    }
    if (file.size > maxBytes) {
      setState({ kind: "failed", error: `The file is larger than ${maxBytes / MB} MB, the most a backup may be.`, issues: [] });
      return;
    }
    setState({ kind: "busy", message: confirm ? "Restoring your backup…" : "Checking the file…" });
    let body: unknown;
    let status: number;
    try {
      const response = await fetch(confirm ? "/api/import?confirm=1" : "/api/import", {
        method: "POST",
        body: file,
        headers: { "Content-Type": "application/json" },
      });
      status = response.status;
      body = await response.json().catch(() => null);
    } catch {
      setState({ kind: "failed", error: "Pendulum could not be reached; nothing was changed. Try again.", issues: [] });
      return;
    }
    if (status !== 500 && isProblem(body)) {
      setState({ kind: "failed", error: body.error, issues: body.issues, moreIssues: body.moreIssues });
    } else if (status >= 300 || !isImportResponse(body)) {
      setState({ kind: "failed", error: "Something went wrong on the server; nothing was changed. Try again later.", issues: [] });
    } else if ("restored" in body) {
      setState({ kind: "restored", checkins: body.restored.checkins });
      router.refresh();
    } else {
      setState({ kind: "preview", preview: body.preview });
    }
  }

  const busy = state.kind === "busy";
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const headingClass = "text-base font-semibold focus:outline-none";

  return (
    <div className="space-y-4">
      <form
        className="space-y-3"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-medium">
            Backup file (.json)
          </label>
          <p id={hintId} className="text-sm text-muted">
            A file exported from Pendulum, at most {maxBytes / MB} MB. Nothing is replaced until you confirm.
          </p>
          <input
            id={`${id}-file`}
            type="file"
            accept=".json,application/json"
            aria-describedby={state.kind === "failed" ? `${hintId} ${errorId}` : hintId}
            aria-invalid={state.kind === "failed" ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setState({ kind: "idle" });
            }}
            className="mt-2 block w-full text-sm file:mr-3 file:min-h-11 file:cursor-pointer file:rounded-lg file:border-0 file:bg-border file:px-4 file:py-2 file:font-semibold file:text-text hover:file:bg-border-strong"
          />
        </div>
        <Button type="submit" variant="secondary" disabled={busy || !file}>
          Check file
        </Button>
      </form>

      <p role="status" className="text-sm text-muted">
        {state.kind === "busy" ? state.message : ""}
      </p>

      {state.kind === "preview" ? (
        <Card as="section" aria-labelledby={`${id}-preview`} tone="watch" padding="sm" className="space-y-3">
          <h3 id={`${id}-preview`} ref={resultHeading} tabIndex={-1} className={headingClass}>
            Replace your data with this backup?
          </h3>
          <p>
            The file holds the profile of “{state.preview.displayName}” and {checkinCount(state.preview.fileCheckins)}
            {state.preview.firstWeek ? ` from ${state.preview.firstWeek} to ${state.preview.lastWeek}` : ""}.
          </p>
          <p className="font-semibold">{previewText(state.preview)}</p>
          {listPreviewText(state.preview.lists).map((sentence) => (
            <p key={sentence} className="font-semibold">
              {sentence}
            </p>
          ))}
          {state.preview.currentDemoCheckins > 0 ? (
            <p>
              Your {checkinCount(state.preview.currentCheckins)} include {state.preview.currentDemoCheckins} demo{" "}
              {state.preview.currentDemoCheckins === 1 ? "week" : "weeks"}.
            </p>
          ) : null}
          <p className="text-sm">This can&apos;t be undone. Download a backup first if you may want today&apos;s data back.</p>
          <div className="flex flex-wrap gap-3">
            <Button variant="danger" onClick={() => void send(true)}>
              Replace my data
            </Button>
            <Button variant="secondary" onClick={() => setState({ kind: "idle" })}>
              Cancel
            </Button>
          </div>
        </Card>
      ) : null}

      {state.kind === "restored" ? (
        <Card tone="ok" padding="sm">
          <h3 ref={resultHeading} tabIndex={-1} className={headingClass}>
            Restored your profile and {checkinCount(state.checkins)}.
          </h3>
        </Card>
      ) : null}

      {state.kind === "failed" ? (
        <Card aria-labelledby={errorId} role="group" tone="alert" padding="sm" className="space-y-2">
          <h3 id={errorId} ref={resultHeading} tabIndex={-1} className={headingClass}>
            {state.error}
          </h3>
          {state.issues.length > 0 ? (
            <>
              <p className="text-sm">
                {problemCount(state.issues.length + (state.moreIssues ?? 0))}, by where they are in the file:
              </p>
              <ul className="list-disc space-y-1 pl-5 text-sm break-words">
                {state.issues.map((issue, index) => (
                  <li key={index}>
                    <code className="font-mono">{issue.path || "(whole file)"}</code>: {issue.message}
                  </li>
                ))}
              </ul>
              {state.moreIssues ? <p className="text-sm">{moreIssuesMessage(state.moreIssues)}.</p> : null}
            </>
          ) : null}
        </Card>
      ) : null}
    </div>
  );
}
