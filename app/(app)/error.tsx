"use client";
import { ErrorPanel } from "@/components/error-panel";

/** A page of the app failed: the navigation stays, the page becomes an explanation. */
export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} home={{ href: "/checkin", label: "Go to your check-in" }} />;
}
