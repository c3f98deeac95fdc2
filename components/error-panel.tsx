"use client";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";

/** Next gives server errors a digest (the id in the server log) and hides their message in production. */
export function errorDigest(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("digest" in error)) return undefined;
  return typeof error.digest === "string" ? error.digest.slice(0, 64) : undefined;
}

/** What a leader sees when a page fails: no internals, a reference for whoever runs Pendulum, a retry and a way home. */
export function ErrorPanel({ error, retry, home }: { error: unknown; retry: () => void; home: { href: string; label: string } }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const digest = errorDigest(error);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card tone="alert" className="space-y-3">
      <title>Something went wrong · Pendulum</title>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold outline-none">
        Something went wrong
      </h1>
      <p>
        Pendulum could not show this page because of a problem on the server, not because of anything you did. Trying again
        often helps; if it keeps happening, tell the person who runs this Pendulum.
      </p>
      {digest ? (
        <p className="text-sm text-muted">
          Reference for them: <code className="font-mono text-text">{digest}</code>
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => retry()}>Try again</Button>
        <Link href={home.href} className={buttonClass("secondary")}>
          {home.label}
        </Link>
      </div>
    </Card>
  );
}
