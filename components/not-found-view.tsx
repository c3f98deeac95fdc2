"use client";
import Link from "next/link";
import type { FormAction } from "@/lib/action-result";
import { AppNav } from "./app-nav";
import { buttonClass } from "./ui/button";
import { Card } from "./ui/card";
import { Main } from "./ui/main";

export type NotFoundHome = { href: string; label: string };

/**
 * The not-found page itself. A client component for its payload: Next.js renders the not-found
 * tree into every page's RSC payload (once for the root and once for the app's layout), so as a
 * server component its header and card were sent twice with every page; this way they are two
 * small elements with their props.
 */
export function NotFoundView({ nav, home }: { nav: { displayName: string; signOut: FormAction } | null; home: NotFoundHome }) {
  return (
    <>
      {nav ? (
        <AppNav displayName={nav.displayName} signOut={nav.signOut} markCurrent={false} />
      ) : (
        <header className="mx-auto max-w-4xl px-4 pt-4">
          <Link href="/" className="inline-flex min-h-11 items-center text-lg font-bold tracking-tight">
            Pendulum
          </Link>
        </header>
      )}
      <Main className="mx-auto max-w-4xl px-4 py-6">
        <Card className="space-y-3">
          <h1 className="text-2xl font-bold">Page not found</h1>
          <p>There is no page at this address. The link may be mistyped, or the page may have moved.</p>
          <Link href={home.href} className={buttonClass()}>
            {home.label}
          </Link>
        </Card>
      </Main>
    </>
  );
}
