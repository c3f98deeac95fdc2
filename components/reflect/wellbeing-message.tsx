import type { WellbeingMessage } from "@/lib/wellbeing";
import { Card } from "@/components/ui/card";

/** The calm, private message after a very low WHO-5 or a high burnout answer. */
export function WellbeingMessageCard({ message }: { message: WellbeingMessage }) {
  return (
    <Card as="section" aria-labelledby="wellbeing-message" tone="watch" className="space-y-2" data-level={message.level}>
      <h2 id="wellbeing-message" className="text-lg font-semibold">
        {message.title}
      </h2>
      <ul className="list-disc pl-5 text-sm">
        {message.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {message.body.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <p className="text-sm text-muted">{message.privacy}</p>
    </Card>
  );
}
