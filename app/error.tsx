"use client";
import { ErrorPanel } from "@/components/error-panel";
import { Main } from "@/components/ui/main";

/** Anything outside the app's pages failed (sign-in, onboarding, or the app layout itself). */
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <Main className="mx-auto max-w-2xl px-4 py-10">
      <p className="mb-4 text-lg font-bold tracking-tight">Pendulum</p>
      <ErrorPanel error={error} retry={retry} home={{ href: "/", label: "Go to the start page" }} />
    </Main>
  );
}
