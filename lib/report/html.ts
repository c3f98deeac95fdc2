import { SHARE_REPLY_MAX_LENGTH } from "../limits";
import type { AckRefusal } from "./acknowledgement";
import { REPORT_COLORS as C } from "./colors";
import { svgPath, type LegendItem, type ReportView, type ScoreChart, type SplitChart, type ViewTable } from "./view";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const CSS = `
:root{color-scheme:light dark}body{font-family:"Noto Sans",system-ui,sans-serif;line-height:1.5;margin:0;background:${C.page};color:${C.ink}}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid ${C.rule}}
.muted{color:${C.muted}}.pill{display:inline-block;padding:0 .4rem;border-radius:.25rem;color:${C.onLevel};font-weight:700;font-size:.8rem;text-transform:uppercase}
.ok{background:${C.level.ok}}.watch{background:${C.level.watch}}.alert{background:${C.level.alert}}section,figure,li{break-inside:avoid}figure{margin:0}svg{width:100%;height:auto}
.signs{list-style:none;padding:0}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.signs>li{margin-bottom:.5rem}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.8rem;padding:0;list-style:none}.sw{display:inline-block;width:.75rem;height:.75rem;margin-right:.3rem;vertical-align:-1px}
.wide{overflow-x:auto}.message{white-space:pre-line}.note{border-left:4px solid ${C.level.watch};padding:.25rem .75rem}@media (prefers-color-scheme:dark){body{background:${C.dark.page};color:${C.dark.ink}}.muted{color:${C.dark.muted}}th,td{border-color:${C.dark.rule}}}
.shared{border:1px solid ${C.rule};border-radius:.5rem;padding:.5rem .75rem;margin-bottom:1rem;font-size:.9rem}.shared p{margin:0}
.plot{fill:${C.plot}}.ceiling{stroke:${C.ink}}.band-ok{fill:${C.band.ok}}.band-watch{fill:${C.band.watch}}.band-alert{fill:${C.band.alert}}
@media (prefers-color-scheme:dark){.shared{border-color:${C.dark.rule}}.plot{fill:${C.dark.plot}}.ceiling{stroke:${C.dark.ink}}.band-ok{fill:${C.dark.band.ok}}.band-watch{fill:${C.dark.band.watch}}.band-alert{fill:${C.dark.band.alert}}}
.ack{border:1px solid ${C.rule};border-radius:.5rem;padding:.25rem 1rem 1rem;margin-top:2rem}.ack form{margin:.75rem 0 0}.ack label{display:block;font-weight:600;margin-bottom:.25rem}
.ack textarea{box-sizing:border-box;width:100%;min-height:7rem;font:inherit;padding:.5rem;border:1px solid ${C.muted};border-radius:.375rem;background:transparent;color:inherit}
.ack button{font:inherit;font-weight:600;min-height:2.75rem;padding:.5rem 1rem;margin-top:.5rem;border-radius:.375rem;border:1px solid ${C.ink};background:${C.ink};color:${C.page};cursor:pointer}
.ack .error{color:${C.level.alert};font-weight:600;margin:.25rem 0 0}.ack .done{border-left:4px solid ${C.level.ok};padding:.25rem .75rem}
@media (prefers-color-scheme:dark){.ack{border-color:${C.dark.rule}}.ack .error{color:${C.dark.alertText}}.ack textarea{border-color:${C.dark.muted}}.ack button{border-color:${C.dark.ink};background:${C.dark.ink};color:${C.dark.page}}}
@page{margin:14mm}@media print{.ack{display:none}body{background:#fff;color:#000}main{max-width:none;padding:0}.plot{fill:${C.plot}}.ceiling{stroke:${C.ink}}.band-ok{fill:${C.band.ok}}.band-watch{fill:${C.band.watch}}.band-alert{fill:${C.band.alert}}}`;

const W = 600;
const H = 140;
const f2 = (v: number) => v.toFixed(2);

function legend(items: readonly LegendItem[]): string {
  return `<ul class="legend" aria-hidden="true">${items.map((i) => `<li><span class="sw" style="background:${C.series[i.key]}"></span>${escapeHtml(i.label)}</li>`).join("")}</ul>`;
}

function figure(svg: string, chart: { label: string; legend: readonly LegendItem[]; caption: string }): string {
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(chart.label)}">${svg}</svg>${legend(chart.legend)}<figcaption class="muted">${escapeHtml(chart.caption)}</figcaption></figure>`;
}

function splitChart(chart: SplitChart): string {
  const bars = chart.bars
    .map((bar) => {
      const width = Math.max(1, bar.width * W);
      const x = bar.cx * W - width / 2;
      return bar.segments.map((s) => `<rect x="${f2(x)}" y="${f2(s.y * H)}" width="${f2(width)}" height="${f2(s.height * H)}" fill="${C.series[s.key]}"/>`).join("");
    })
    .join("");
  const lines = chart.lines.map((l) => `<line x1="0" y1="${f2(l.y * H)}" x2="${W}" y2="${f2(l.y * H)}" class="ceiling" stroke-width="1.5" stroke-dasharray="6 4"/>`).join("");
  return figure(`<rect width="${W}" height="${H}" class="plot"/>${bars}${lines}`, chart);
}

function scoreChart(chart: ScoreChart): string {
  const bands = chart.bands.map((b) => `<rect y="${f2(b.y * H)}" width="${W}" height="${f2(b.height * H)}" class="band-${b.level}"/>`).join("");
  const series = chart.series
    .flatMap((s) =>
      s.segments.map((seg) =>
        seg.length === 1
          ? `<circle cx="${f2(seg[0]!.x * W)}" cy="${f2(seg[0]!.y * H)}" r="2" fill="${C.series[s.id]}"/>`
          : `<path d="${svgPath(seg, W, H)}" stroke="${C.series[s.id]}" stroke-width="2" fill="none"/>`,
      ),
    )
    .join("");
  return figure(`${bands}${series}`, chart);
}

function table(t: ViewTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const rows = t.rows.map((r) => `<tr><th scope="row">${escapeHtml(r.header)}</th>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("");
  return `<table><caption class="sr">${escapeHtml(t.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

const list = (items: readonly string[]) => `<ul>${items.map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`;

/** The acknowledgement at the end of a shared report: "Mark as read" and the reply form, as the link allows. */
export type AckSection = {
  /** Where the forms post: the link's own path. */
  action: string;
  /** "1 December 2026" once someone pressed "Mark as read" (or replied); null before. */
  readOn: string | null;
  repliesEnabled: boolean;
  /** The link holds as many replies as it takes. */
  repliesFull: boolean;
  /** Said after a successful post. */
  notice: string | null;
  error: AckRefusal | null;
  /** The reply to show again in the field after a refusal. */
  reply: string | null;
};

/** Who shared the page and until when, shown above the report a link opens. */
export type SharedBy = { expiresOn: string; acknowledgement?: AckSection };

function acknowledgementHtml(name: string, a: AckSection): string {
  const who = escapeHtml(name);
  const action = escapeHtml(a.action);
  const out: string[] = [`<section class="ack" id="acknowledge" aria-labelledby="ack-title"><h2 id="ack-title">Let ${who} know you read it</h2>`];
  if (a.notice) out.push(`<p class="done" role="status">${escapeHtml(a.notice)}</p>`);
  if (a.error?.field === "form") out.push(`<p class="error" role="alert">${escapeHtml(a.error.message)}</p>`);
  out.push(
    a.readOn
      ? `<p>Marked as read on ${escapeHtml(a.readOn)}.</p>`
      : `<form method="post" action="${action}"><input type="hidden" name="intent" value="read"><button type="submit">Mark as read</button></form>`,
  );
  if (!a.repliesEnabled) out.push(`<p class="muted">${who} has turned replies off for this link.</p>`);
  else if (a.repliesFull) out.push(`<p class="muted">This link has taken as many replies as it can. Write to ${who} directly.</p>`);
  else {
    const error = a.error?.field === "reply" ? a.error.message : null;
    out.push(
      `<form method="post" action="${action}"><input type="hidden" name="intent" value="reply">` +
        `<label for="reply">Reply to ${who} (optional)</label>` +
        `<p id="reply-hint" class="muted">Plain text, at most ${SHARE_REPLY_MAX_LENGTH.toLocaleString("en-US")} characters. Only ${who} sees it; no account needed.</p>` +
        `<textarea id="reply" name="reply" rows="5" aria-describedby="reply-hint${error ? " reply-error" : ""}"${error ? ' aria-invalid="true"' : ""}>${escapeHtml(a.reply ?? "")}</textarea>` +
        (error ? `<p id="reply-error" class="error">${escapeHtml(error)}</p>` : "") +
        `<button type="submit">Send reply</button></form>`,
    );
  }
  out.push("</section>");
  return out.join("");
}

/** The report as the body of a standalone page (used by the share link, which has no app chrome). */
export function toHtmlBody(view: ReportView, shared?: SharedBy): string {
  const { signs, weekly } = view;
  const out: string[] = [];
  if (shared) {
    out.push(
      `<header class="shared" aria-label="About this shared report"><p>Shared by <strong>${escapeHtml(view.leader.name)}</strong> · read-only, self-reported in Pendulum · the link works until ${escapeHtml(shared.expiresOn)}</p></header>`,
    );
  }
  out.push(`<h1>${escapeHtml(view.title)}</h1><p><strong>${escapeHtml(view.period)}</strong></p><p class="muted">${escapeHtml(view.summaryLine)}</p>`);
  if (view.demoNote) out.push(`<p class="note" role="note">${escapeHtml(view.demoNote)}</p>`);
  if (view.empty) {
    out.push(`<p class="note" role="status">${escapeHtml(view.empty)}</p>`);
    if (shared?.acknowledgement) out.push(acknowledgementHtml(view.leader.name, shared.acknowledgement));
    return out.join("\n");
  }
  if (view.message) out.push(`<section><h2>${escapeHtml(view.message.heading)}</h2><p class="message">${escapeHtml(view.message.text)}</p></section>`);
  const points = view.talkingPoints.items;
  out.push(
    `<section><h2>${escapeHtml(view.talkingPoints.heading)}</h2>${points.length ? `<ol>${points.map((p) => `<li><strong>${escapeHtml(p.title)}.</strong> ${escapeHtml(p.ask)}</li>`).join("")}</ol>` : `<p>${escapeHtml(view.talkingPoints.empty)}</p>`}</section>`,
  );
  const signItems = signs.items
    .map(
      (s) =>
        `<li><span class="pill ${s.level}">${escapeHtml(s.levelLabel)}</span> <strong>${escapeHtml(s.title)}</strong> <span class="muted">${escapeHtml(s.scoreText)}</span>${s.evidence.length ? list(s.evidence) : ""}</li>`,
    )
    .join("");
  out.push(`<section><h2>${escapeHtml(signs.heading)}</h2><ul class="signs">${signItems}</ul>${scoreChart(signs.chart)}</section>`);
  out.push(`<section><h2>${escapeHtml(view.changes.heading)}</h2>${view.changes.items.length ? list(view.changes.items) : `<p>${escapeHtml(view.changes.empty)}</p>`}</section>`);
  out.push(`<section><h2>${escapeHtml(view.split.heading)}</h2><p>${escapeHtml(view.split.summary)}</p>${splitChart(view.split.chart)}</section>`);
  out.push(`<section><h2>${escapeHtml(view.trends.heading)}</h2><p class="muted">${escapeHtml(view.trends.caption)}</p>${table(view.trends.table)}</section>`);
  const weekRows = weekly.table.rows
    .map((r) =>
      r.cells
        ? `<tr><th scope="row">${r.header}</th>${r.cells.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`
        : `<tr><th scope="row">${r.header}</th><td colspan="${weekly.table.columns.length - 1}" class="muted">${escapeHtml(r.gap)}</td></tr>`,
    )
    .join("");
  out.push(
    `<h2 id="weekly-title">${escapeHtml(weekly.heading)}</h2><div class="wide" role="region" aria-labelledby="weekly-title" tabindex="0"><table><thead><tr>${weekly.table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead><tbody>${weekRows}</tbody></table></div>`,
  );
  if (view.notes) {
    const notes = view.notes;
    out.push(
      `<section><h2>${escapeHtml(notes.heading)}</h2>${notes.items.length ? `<ul>${notes.items.map((n) => `<li><strong>${n.week}:</strong> ${escapeHtml(n.text)}</li>`).join("")}</ul>` : `<p>${escapeHtml(notes.empty)}</p>`}</section>`,
    );
  }
  if (shared?.acknowledgement) out.push(acknowledgementHtml(view.leader.name, shared.acknowledgement));
  return out.join("\n");
}

/** A complete, self-contained HTML page: inline CSS, no scripts, no links back into the app. */
export function toHtmlPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`;
}
