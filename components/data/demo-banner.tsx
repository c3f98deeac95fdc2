import Link from "next/link";

/** Shown while demo weeks are in the leader's history: they are sample data, and reports leave them out. */
export function DemoBanner({ demoWeeks }: { demoWeeks: number }) {
  if (demoWeeks === 0) return null;
  const weeks = `${demoWeeks} demo ${demoWeeks === 1 ? "week is" : "weeks are"}`;
  return (
    <div role="note" className="rounded-lg border-l-4 border-watch bg-watch-soft px-4 py-3 text-sm text-text">
      <p>
        <strong>{weeks} in your history.</strong> They are sample data, marked “Demo”: the charts here include them, reports, downloads and share
        links leave them out. Editing a demo week makes it your own.{" "}
        <Link href="/settings/data" className="font-medium underline underline-offset-2">
          Remove the demo data
        </Link>
      </p>
    </div>
  );
}
