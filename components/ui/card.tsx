import type { HTMLAttributes } from "react";

export type Tone = "default" | "accent" | "ok" | "watch" | "alert";

const TONES: Record<Tone, string> = {
  default: "border-border bg-surface",
  accent: "border-accent bg-accent-soft",
  ok: "border-ok bg-ok-soft",
  watch: "border-watch bg-watch-soft",
  alert: "border-alert bg-alert-soft",
};

const PADDING = { none: "", xs: "px-3 py-2", sm: "p-3 sm:p-4", md: "p-4 sm:p-6" } as const;

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section" | "li" | "article";
  tone?: Tone;
  padding?: keyof typeof PADDING;
};

/** A bordered box on the page: the one card recipe, toned for notices (accent) and levels (ok, watch, alert). */
export function Card({ as: Tag = "div", tone = "default", padding = "md", className = "", ...props }: CardProps) {
  return <Tag className={`rounded-xl border ${TONES[tone]} ${PADDING[padding]} ${className}`} {...props} />;
}
