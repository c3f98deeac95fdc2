import type { SelectHTMLAttributes } from "react";

export const selectClass = "min-h-11 rounded-lg border border-border-strong bg-surface px-3 text-base text-text";

export function Select({ className = "", ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return <select className={`${selectClass} ${className}`} {...props} />;
}
