/** A page's placeholder while its data loads: a few grey blocks, announced once as loading. */
export function PageLoading({ label, withTitle = true }: { label: string; withTitle?: boolean }) {
  return (
    <div role="status" className="space-y-4">
      <span className="sr-only">{label}</span>
      <div aria-hidden="true" className="space-y-4 motion-safe:animate-pulse">
        {withTitle ? <div className="h-8 w-48 rounded-lg bg-surface-muted" /> : null}
        <div className="h-28 rounded-xl border border-border bg-surface" />
        <div className="h-28 rounded-xl border border-border bg-surface" />
      </div>
    </div>
  );
}
