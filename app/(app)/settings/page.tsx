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
              className="block rounded-xl border border-stone-200 bg-white p-4 hover:border-blue-600 dark:border-stone-800 dark:bg-stone-900 dark:hover:border-blue-400"
            >
              <span className="font-semibold">{s.title}</span>
              <span className="mt-1 block text-sm text-stone-600 dark:text-stone-400">{s.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
