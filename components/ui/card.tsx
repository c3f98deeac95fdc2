import type { HTMLAttributes, Ref } from "react";

export type Tone = "default" | "muted" | "accent" | "ok" | "watch" | "alert";

const BORDER: Record<Tone, string> = {
  default: "border-border",
  muted: "border-transparent",
  accent: "border-accent/40",
  ok: "border-ok/50",
  watch: "border-watch/50",
  alert: "border-alert/50",
};

/** A heavier frame for what must not be missed: an error summary, a confirmation. */
const STRONG_BORDER: Record<Tone, string> = {
  default: "border-border-strong",
  muted: "border-border-strong",
  accent: "border-accent",
  ok: "border-ok",
  watch: "border-watch",
  alert: "border-alert",
};

const TINT: Record<Tone, string> = {
  default: "bg-surface",
  muted: "bg-surface-muted",
  accent: "bg-accent-soft",
  ok: "bg-ok-soft",
  watch: "bg-watch-soft",
  alert: "bg-alert-soft",
};

const PADDING = { none: "", xs: "px-3 py-2", sm: "p-3 sm:p-4", md: "p-4 sm:p-6" } as const;

export type CardProps = HTMLAttributes<HTMLElement> & {
  as?: "div" | "section" | "li" | "article";
  tone?: Tone;
  /** A 2 px frame in the tone's full colour. */
  emphasis?: boolean;
  /** False keeps the surface background and shows the tone by the frame only. */
  tinted?: boolean;
  padding?: keyof typeof PADDING;
  ref?: Ref<HTMLElement>;
};

/** A bordered box on the page: the one card recipe, toned for quiet notes (muted), notices (accent) and levels (ok, watch, alert). */
export function Card({
  as: Tag = "div",
  tone = "default",
  emphasis = false,
  tinted = true,
  padding = "md",
  className = "",
  ref,
  ...props
}: CardProps) {
  // One element type for the ref: the tags differ only in semantics, not in the DOM API used here.
  const Element = Tag as "div";
  const frame = emphasis ? `border-2 ${STRONG_BORDER[tone]}` : `border ${BORDER[tone]}`;
  const background = tinted ? TINT[tone] : TINT.default;
  return <Element ref={ref as Ref<HTMLDivElement>} className={`rounded-xl ${frame} ${background} ${PADDING[padding]} ${className}`} {...props} />;
}
