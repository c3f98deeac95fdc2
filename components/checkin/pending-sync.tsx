"use client";
import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { formatWeekLabel } from "@/lib/format";
import { clearPendingExcept, flushPending, usePendingCheckins, type SaveCheckinAction } from "./pending-store";

/**
 * Sends the check-ins this device kept for the signed-in leader, on every page load and whenever
 * the connection comes back; names the ones still waiting, except the week open on this page.
 * Weeks kept for any other account are dropped from the device.
 */
export function PendingCheckinSync({ leaderId, saveAction }: { leaderId: string; saveAction: SaveCheckinAction }) {
  const router = useRouter();
  const pathname = usePathname() ?? "";
  const waiting = usePendingCheckins(leaderId).filter((e) => pathname !== `/checkin/${e.week}`);

  useEffect(() => clearPendingExcept(leaderId), [leaderId]);

  useEffect(() => {
    const flush = () => {
      if (!navigator.onLine) return;
      void flushPending(leaderId, saveAction).then(({ sent }) => {
        if (sent.length > 0) router.refresh();
      });
    };
    flush();
    window.addEventListener("online", flush);
    return () => window.removeEventListener("online", flush);
  }, [leaderId, saveAction, router]);

  if (waiting.length === 0) return null;
  return (
    <div role="status" className="mb-4 rounded-lg border border-watch/50 bg-watch-soft px-3 py-2 text-sm">
      <span className="font-semibold">Saved on this device, not yet sent:</span>{" "}
      {waiting.map((entry, i) => (
        <span key={entry.week}>
          {i > 0 ? ", " : null}
          <Link href={`/checkin/${entry.week}`} className="font-medium text-accent-text underline underline-offset-2">
            {formatWeekLabel(entry.week)}
          </Link>
          {entry.problem ? " (needs a fix)" : null}
        </span>
      ))}
      . {waiting.some((e) => !e.problem) ? "They are sent when the connection is back." : "Open a week to fix and save it."}
    </div>
  );
}
