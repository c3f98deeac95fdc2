import Link from "next/link";

const LINKS = [
  { href: "/reflect", label: "What energizes you" },
  { href: "/reflect/experiments", label: "Experiments" },
  { href: "/reflect/wellbeing", label: "Wellbeing check" },
  { href: "/reflect/review", label: "Quarterly review" },
] as const;

/** The four parts of Reflect; every one is private to the lead. */
export function ReflectNav({ current }: { current: (typeof LINKS)[number]["href"] }) {
  return (
    <nav aria-label="Reflect" className="flex flex-wrap gap-2">
      {LINKS.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={l.href === current ? "page" : undefined}
          className="inline-flex min-h-11 items-center rounded-full border border-border px-3 text-sm font-medium hover:bg-surface-muted aria-[current=page]:border-accent aria-[current=page]:bg-accent-soft aria-[current=page]:text-accent-text"
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
