import Link from "next/link";

const LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/checkin", label: "Check-in" },
  { href: "/history", label: "History" },
  { href: "/report", label: "Report" },
  { href: "/settings", label: "Settings" },
];

export function AppNav({ displayName, signOut }: { displayName: string; signOut: () => Promise<void> }) {
  return (
    <header className="no-print border-b border-stone-200 bg-white dark:border-stone-800 dark:bg-stone-900">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/checkin" className="text-lg font-bold tracking-tight">
          Pendulum
        </Link>
        <nav aria-label="Main" className="order-last -mx-3 flex w-full gap-1 overflow-x-auto sm:order-none sm:mx-0 sm:w-auto sm:flex-1">
          {LINKS.map((link) => (
            <Link
              key={link.href}
              href={link.href}
              className="rounded-md px-3 py-2.5 text-sm font-medium whitespace-nowrap text-stone-700 hover:bg-stone-100 dark:text-stone-200 dark:hover:bg-stone-800"
            >
              {link.label}
            </Link>
          ))}
        </nav>
        <form action={signOut} className="ml-auto flex items-center gap-2 sm:ml-0">
          <span className="hidden text-sm text-stone-600 sm:inline dark:text-stone-400">{displayName}</span>
          <button
            type="submit"
            className="rounded-md px-3 py-2 text-sm font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-200 dark:hover:bg-stone-800"
          >
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
