import type { HTMLAttributes, Ref } from "react";

export type Tone = "default" | "muted" | "accent" | "ok" | "watch" | "alert";

const TONES: Record<Tone, string> = {
  default: "border-border bg-surface",
  muted: "border-transparent bg-surface-muted",
  accent: "border-accent/40 bg-accent-soft",
  ok: "border-ok/50 bg-ok-soft",
  watch: "border-watch/50 bg-watch-soft",
  alert: "border-alert/50 bg-alert-soft",
};

/** A heavier frame for what must not be missed: an error summary, a confirmation. */
const EMPHASIS: Record<Tone, string> = {
  default: "border-2 border-border-strong bg-surface",
  muted: "border-2 border-border-strong bg-surface-muted",
  accent: "border-2 border-accent bg-accent-soft",
  ok: "border-2 border-ok bg-ok-soft",
  watch: "border-2 border-watch bg-watch-soft",
  alert: "border-2 border-alert bg-alert-soft",
};

const PADDING = { none: "", xs: "px-3 py-2", sm: "p-3 sm:p-4", md: "p-4 sm:p-6" } as const;

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section" | "li" | "article";
  tone?: Tone;
  emphasis?: boolean;
  padding?: keyof typeof PADDING;
  ref?: Ref<HTMLElement>;
};

/** A bordered box on the page: the one card recipe, toned for quiet notes (muted), notices (accent) and levels (ok, watch, alert). */
export function Card({ as: Tag = "div", tone = "default", emphasis = false, padding = "md", className = "", ref, ...props }: CardProps) {
  // One element type for the ref: the tags differ only in semantics, not in the DOM API used here.
  const Element = Tag as "div";
  const frame = emphasis ? EMPHASIS[tone] : `border ${TONES[tone]}`;
  return <Element ref={ref as Ref<HTMLDivElement>} className={`rounded-xl ${frame} ${PADDING[padding]} ${className}`} {...props} />;
}
