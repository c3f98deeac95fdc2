import type { ExperimentsReviewSection, ReflectionBlock } from "@/lib/report/experiments-review";
import type { ViewTable } from "@/lib/report/view";

function BlockTable({ table }: { table: ViewTable }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{table.caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" className="border-b border-border-strong px-2 py-1 text-left font-semibold">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r) => (
            <tr key={r.header}>
              <th scope="row" className="border-b border-border px-2 py-1 text-left font-normal">
                {r.header}
              </th>
              {r.cells.map((c, i) => (
                <td key={i} className="border-b border-border px-2 py-1">
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Block({ block }: { block: ReflectionBlock }) {
  return (
    <div className="break-inside-avoid space-y-1">
      {block.title ? <h5 className="font-semibold">{block.title}</h5> : null}
      {block.paragraphs.map((p, i) => (
        <p key={i} className="text-sm">
          {p}
        </p>
      ))}
      {block.items.length > 0 ? (
        <ul className="list-disc space-y-0.5 pl-6 text-sm">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : null}
      {block.table ? <BlockTable table={block.table} /> : null}
      {block.quote ? (
        <blockquote className="border-l-4 border-border-strong py-1 pl-3 text-sm">
          <p className="font-medium">{block.quote.label}</p>
          <p className="break-words whitespace-pre-line">{block.quote.text}</p>
        </blockquote>
      ) : null}
    </div>
  );
}

/** The leader's experiments and quarterly review in the report, when they chose to include them. */
export function ExperimentsReview({ section }: { section: ExperimentsReviewSection }) {
  return (
    <section className="space-y-3" aria-labelledby="experiments-review-title">
      <h3 id="experiments-review-title" className="text-lg font-semibold">
        {section.heading}
      </h3>
      <p className="text-sm text-muted">{section.intro}</p>
      {section.parts.map((part) => (
        <div key={part.heading} className="space-y-3">
          <h4 className="border-b border-border pb-1 text-base font-bold">{part.heading}</h4>
          {part.blocks.map((b, i) => (
            <Block key={i} block={b} />
          ))}
        </div>
      ))}
    </section>
  );
}
