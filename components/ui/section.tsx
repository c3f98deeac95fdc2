import type { ReactNode } from "react";
import { Card, type CardProps } from "./card";

/** A titled card: a <section> named by its h2, with optional actions beside the title. */
export function Section({
  id,
  title,
  actions,
  className = "space-y-4",
  children,
  ...card
}: Omit<CardProps, "as" | "title" | "id"> & { id: string; title: ReactNode; actions?: ReactNode }) {
  return (
    <Card as="section" aria-labelledby={id} padding="sm" className={className} {...card}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {title}
        </h2>
        {actions}
      </div>
      {children}
    </Card>
  );
}
