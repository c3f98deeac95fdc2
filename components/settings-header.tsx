import Link from "next/link";
import type { ReactNode } from "react";

/** The title of a settings page with a way back to the settings list. */
export function SettingsHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div>
      <Link
        href="/settings"
        className="inline-flex min-h-11 items-center text-sm font-medium text-accent-text underline underline-offset-2"
      >
        ← Settings
      </Link>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
