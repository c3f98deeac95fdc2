"use client";
import { ErrorPanel } from "@/components/error-panel";
import { Main } from "@/components/ui/main";
import "./globals.css";

/** The root layout itself failed, so this page brings its own document. */
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <Main className="mx-auto max-w-2xl px-4 py-10">
          <p className="mb-4 text-lg font-bold tracking-tight">Pendulum</p>
          <ErrorPanel error={error} retry={retry} home={{ href: "/", label: "Go to the start page" }} />
        </Main>
      </body>
    </html>
  );
}
