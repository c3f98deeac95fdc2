import type { ReactNode } from "react";

export type BadgeTone = "neutral" | "accent" | "ok" | "watch" | "alert";

const SOFT: Record<BadgeTone, string> = {
  neutral: "bg-surface-muted text-text ring-1 ring-inset ring-border-strong",
  accent: "bg-accent-soft text-accent-text",
  ok: "bg-ok-soft text-ok-text",
  watch: "bg-watch-soft text-watch-text",
  alert: "bg-alert-soft text-alert-text",
};

const SOLID: Record<BadgeTone, string> = {
  neutral: "bg-muted text-surface",
  accent: "bg-accent text-on-accent",
  ok: "bg-ok text-on-ok",
  watch: "bg-watch text-on-watch",
  alert: "bg-alert text-on-alert",
};

/** A short label in a pill; `solid` for a level that must stand out (a sign's OK / Watch / Alert). */
export function Badge({ tone = "neutral", solid = false, children }: { tone?: BadgeTone; solid?: boolean; children: ReactNode }) {
  return <span className={`rounded-full px-2 py-0.5 text-xs font-semibold ${solid ? SOLID[tone] : SOFT[tone]}`}>{children}</span>;
}
