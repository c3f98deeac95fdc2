"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export const NAV_LINKS = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/checkin", label: "Check-in" },
  { href: "/history", label: "History" },
  { href: "/reflect", label: "Reflect" },
  { href: "/report", label: "Report" },
  { href: "/settings", label: "Settings" },
] as const;

const isCurrent = (pathname: string, href: string) => pathname === href || pathname.startsWith(`${href}/`);

/**
 * The main sections. On a phone they sit in two rows of three (six labels do not fit one row of
 * 390 px, and a row that scrolls hides Settings), so every item is on screen without scrolling;
 * the current one is marked for assistive tech and by an underline.
 */
/** `markCurrent` is off where the address belongs to no section (the 404 page). */
export function NavLinks({ markCurrent = true }: { markCurrent?: boolean }) {
  const pathname = usePathname() ?? "";
  return (
    <nav aria-label="Main" className="order-last w-full sm:order-none sm:w-auto sm:flex-1">
      <ul className="grid grid-cols-3 gap-1 sm:flex">
        {NAV_LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={markCurrent && isCurrent(pathname, link.href) ? "page" : undefined}
              className="nav-link"
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
