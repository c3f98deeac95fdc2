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
          className="group rounded-xl border border-ok/50 bg-surface text-sm"
        >
          <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 px-4 py-2 [&::-webkit-details-marker]:hidden">
            <Chevron className="text-ok-text" />
            <span className="font-medium">{signs.okLine}</span>
          </summary>
          <ul className="space-y-2 px-4 pb-3">
            {signs.ok.map((s) => (
              <li key={s.id} data-sign={s.id} data-level="ok">
                <span className="font-semibold">{s.title}</span>
                <span className="text-muted"> — {s.question}</span>
                {s.note && <span className="block text-ok-text">{s.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {signs.notEnoughLine !== null && (
        <p data-testid="not-enough-signs" className="rounded-xl border border-dashed border-border-strong px-4 py-3 text-sm text-muted">
          {signs.notEnoughLine}
        </p>
      )}
    </div>
  );
}
