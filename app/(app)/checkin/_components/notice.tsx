import { Card } from "@/components/ui/card";

/** A check-in page that has no form to show: a week that can't be logged, or one that couldn't be read. */
export function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Card className="space-y-3">
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </Card>
  );
}
