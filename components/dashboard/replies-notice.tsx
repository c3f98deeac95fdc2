import Link from "next/link";

/** Shown while someone who opened a share link replied and the leader has not marked it seen on /report. */
export function RepliesNotice({ unseen }: { unseen: number }) {
  if (unseen === 0) return null;
  return (
    <div role="note" className="rounded-lg border-l-4 border-sky-600 bg-sky-50 px-4 py-3 text-sm text-stone-900 dark:bg-sky-950 dark:text-sky-50">
      <p>
        <strong>{unseen === 1 ? "1 new reply" : `${unseen} new replies`} to your shared report.</strong>{" "}
        <Link href="/report#replies" className="font-medium underline underline-offset-2">
          Read {unseen === 1 ? "it" : "them"} on your report page
        </Link>
      </p>
    </div>
  );
}
