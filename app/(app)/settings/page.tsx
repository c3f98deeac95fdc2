import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  { href: "/settings/profile", title: "Profile and targets", text: "Your name, role, start date, time zone and time-split targets." },
  {
    href: "/settings/calendar",
    title: "Calendar and reminder",
    text: "Your calendar addresses, your manager, how events are sorted, and a weekly reminder for your calendar.",
  },
  { href: "/settings/data", title: "Your data", text: "Export a backup, restore one, load or remove the demo history." },
  { href: "/settings/account", title: "Account", text: "Change your password or delete your account and all its data." },
];

export default function SettingsPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Settings</h1>
      <ul className="grid gap-3">
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link
              href={s.href}
              className="block rounded-xl border border-border bg-surface p-4 hover:border-accent"
            >
              <span className="font-semibold">{s.title}</span>
              <span className="mt-1 block text-sm text-muted">{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
