import type { SignsView } from "@/lib/dashboard/signs";
import { Chevron } from "./chevron";

/** The ok signs collapsed into one line (open it for their questions), and the signs that need more data. */
export function CalmSigns({ signs }: { signs: SignsView }) {
  if (signs.okLine === null && signs.notEnoughLine === null) return null;
  return (
    <div className="space-y-2">
      {signs.okLine !== null && (
        <details
          data-testid="ok-signs"
          className="group rounded-xl border border-emerald-600/40 bg-white text-sm dark:border-emerald-500/40 dark:bg-stone-900"
        >
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
            <Chevron className="text-emerald-700 dark:text-emerald-300" />
            <span className="font-medium">{signs.okLine}</span>
          </summary>
          <ul className="space-y-2 px-4 pb-3">
            {signs.ok.map((s) => (
              <li key={s.id} data-sign={s.id} data-level="ok">
                <span className="font-semibold">{s.title}</span>
                <span className="text-stone-700 dark:text-stone-300"> — {s.question}</span>
                {s.note && <span className="block text-emerald-800 dark:text-emerald-200">{s.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {signs.notEnoughLine !== null && (
        <p data-testid="not-enough-signs" className="rounded-xl border border-dashed border-stone-400 px-4 py-3 text-sm text-stone-700 dark:border-stone-600 dark:text-stone-300">
          {signs.notEnoughLine}
        </p>
      )}
    </div>
  );
}
