import { SIGN_IDS } from "../enums";
import type { ReportData, Trend } from "./build";
import { splitSummary } from "./text";

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const num = (v: number | null, unit = "") => (v === null ? "–" : `${v}${unit}`);
const COLORS = {
  meetings: "#d97706",
  execution: "#3b82f6",
  mentoring: "#10b981",
  other: "#8b8b94",
  "missed-executing": "#3b82f6",
  "skills-slipping": "#8b5cf6",
  "meetings-politics": "#d97706",
  "not-set-up": "#10b981",
  "doesnt-like-it": "#db2777",
} as const;

const CSS = `
:root{color-scheme:light dark}body{font-family:"Noto Sans",system-ui,sans-serif;line-height:1.5;margin:0;background:#fafaf9;color:#1c1917}
main{max-width:52rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #d6d3d1}
.muted{color:#57534e}.pill{display:inline-block;padding:0 .4rem;border-radius:.25rem;color:#fff;font-weight:700;font-size:.8rem;text-transform:uppercase}
.ok{background:#15803d}.watch{background:#b45309}.alert{background:#b91c1c}section,figure,li{break-inside:avoid}figure{margin:0}svg{width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.8rem;padding:0;list-style:none}.sw{display:inline-block;width:.75rem;height:.75rem;margin-right:.3rem;vertical-align:-1px}
.wide{overflow-x:auto}@media (prefers-color-scheme:dark){body{background:#0c0a09;color:#f5f5f4}.muted{color:#a8a29e}th,td{border-color:#44403c}}
@page{margin:14mm}@media print{body{background:#fff;color:#000}main{max-width:none;padding:0}}`;

function legend(items: Array<[string, string]>): string {
  return `<ul class="legend" aria-hidden="true">${items.map(([c, l]) => `<li><span class="sw" style="background:${c}"></span>${escapeHtml(l)}</li>`).join("")}</ul>`;
}

function splitChart(r: ReportData): string {
  const W = 600, H = 140, slot = W / r.weeks.length, bar = Math.max(1, slot * 0.78);
  const rects = r.weeks
    .map((w, i) => {
      if (!w.shares) return "";
      let base = H;
      return (["meetings", "execution", "mentoring", "other"] as const)
        .map((k) => {
          const h = w.shares![k] * H;
          base -= h;
          return `<rect x="${(i * slot + (slot - bar) / 2).toFixed(2)}" y="${base.toFixed(2)}" width="${bar.toFixed(2)}" height="${h.toFixed(2)}" fill="${COLORS[k]}"/>`;
        })
        .join("");
    })
    .join("");
  const y = H - (r.targets.meetingsMaxPct / 100) * H;
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Time split per week; see the week-by-week table"><rect width="${W}" height="${H}" fill="#e7e5e4"/>${rects}<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="#1c1917" stroke-width="1.5" stroke-dasharray="6 4"/></svg>${legend([
    [COLORS.meetings, "Meetings"],
    [COLORS.execution, "Hands-on execution"],
    [COLORS.mentoring, "Mentoring"],
    [COLORS.other, "Other"],
  ])}<figcaption class="muted">Dashed line: meetings ceiling of ${r.targets.meetingsMaxPct} %. Empty slots are weeks away or not logged.</figcaption></figure>`;
}

function scoresChart(r: ReportData): string {
  const W = 600, H = 140, n = r.weeks.length;
  const x = (i: number) => (n === 1 ? W / 2 : (i / (n - 1)) * W);
  const y = (s: number) => H - (s / 100) * H;
  const paths = SIGN_IDS.map((id) => {
    let d = "";
    let pen = false;
    r.weeks.forEach((w, i) => {
      const s = w.status === "logged" ? w.scores[id] : null;
      if (s === null) return void (pen = false);
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)} ${y(s).toFixed(1)} `;
      pen = true;
    });
    return d ? `<path d="${d.trim()}" stroke="${COLORS[id]}" stroke-width="2" fill="none"/>` : "";
  }).join("");
  return `<figure><svg viewBox="0 0 ${W} ${H}" role="img" aria-label="Sign scores per week, 0 to 100"><rect y="${y(40)}" width="${W}" height="${y(0) - y(40)}" fill="#dcfce7"/><rect y="${y(70)}" width="${W}" height="${y(40) - y(70)}" fill="#fef3c7"/><rect width="${W}" height="${y(70)}" fill="#fee2e2"/>${paths}</svg>${legend(
    r.signs.map((s) => [COLORS[s.id], s.title]),
  )}<figcaption class="muted">Bands: ok below 40, watch from 40, alert from 70.</figcaption></figure>`;
}

const trendRow = (t: Trend) => `<tr><th scope="row">${escapeHtml(t.label)}</th><td>${num(t.first)}</td><td>${num(t.second)}</td><td>${num(t.mean)}</td></tr>`;

/** The report as the body of a standalone page (used by the share link, which has no app chrome). */
export function toHtmlBody(r: ReportData): string {
  const { leader, counts } = r;
  const out: string[] = [];
  out.push(`<h1>Leadership report: ${escapeHtml(leader.name)}</h1><p><strong>${escapeHtml(r.period)}</strong></p>`);
  out.push(
    `<p class="muted">${r.weekCount} weeks: ${counts.logged} logged, ${counts.away} away, ${counts.missing} not logged · leading since ${leader.leadingSince}, previously ${escapeHtml(leader.previousRole)}${leader.teamSize === null ? "" : ` · team of ${leader.teamSize}`}</p>`,
  );
  out.push(`<section><h2>Suggested talking points for the 1:1</h2><ol>${r.talkingPoints.map((p) => `<li><strong>${escapeHtml(p.title)}.</strong> ${escapeHtml(p.ask)}</li>`).join("")}</ol></section>`);
  out.push(
    `<section><h2>Warning signs as of ${r.asOf}</h2><ul style="list-style:none;padding:0">${r.signs
      .map(
        (s) =>
          `<li style="margin-bottom:.5rem"><span class="pill ${s.level}">${s.level}</span> <strong>${escapeHtml(s.title)}</strong> <span class="muted">score ${s.startScore === null ? s.score : `${s.startScore} → ${s.score}`} of 100</span>${
            s.evidence.length ? `<ul>${s.evidence.map((e) => `<li>${escapeHtml(e)}</li>`).join("")}</ul>` : ""
          }</li>`,
      )
      .join("")}</ul>${scoresChart(r)}</section>`,
  );
  out.push(`<section><h2>Biggest changes</h2>${r.changes.length ? `<ul>${r.changes.map((c) => `<li>${escapeHtml(c)}</li>`).join("")}</ul>` : "<p>No large changes over the period.</p>"}</section>`);
  out.push(
    `<section><h2>Time split</h2><p>${escapeHtml(splitSummary(r))}</p>${splitChart(r)}</section>`,
  );
  out.push(
    `<section><h2>Energy and ratings</h2><table><thead><tr><th scope="col">Average (1–5)</th><th scope="col">First half</th><th scope="col">Second half</th><th scope="col">Whole period</th></tr></thead><tbody>${[...r.energy, ...r.ratings].map(trendRow).join("")}</tbody></table></section>`,
  );
  out.push(
    `<h2>Week by week</h2><div class="wide"><table><thead><tr>${["Week", "Hours", "Meetings", "Execution", "Mentoring", "Other", "Low-value meetings"].map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody>${r.weeks
      .map((w) =>
        w.status !== "logged"
          ? `<tr><th scope="row">${w.week}</th><td colspan="6" class="muted">${w.status === "away" ? "away" : "not logged"}</td></tr>`
          : `<tr><th scope="row">${w.week}</th><td>${num(w.totalHours)}</td><td>${num(w.meetingsPct, " %")}</td><td>${num(w.executionPct, " %")}</td><td>${num(w.mentoringPct, " %")}</td><td>${num(w.otherPct, " %")}</td><td>${num(w.lowValuePct, " %")}</td></tr>`,
      )
      .join("")}</tbody></table></div>`,
  );
  if (r.includeNotes) {
    out.push(`<section><h2>Notes</h2>${r.notes.length ? `<ul>${r.notes.map((n) => `<li><strong>${n.week}:</strong> ${escapeHtml(n.note)}</li>`).join("")}</ul>` : "<p>No notes in this period.</p>"}</section>`);
  }
  return out.join("\n");
}

/** A complete, self-contained HTML page: inline CSS, no scripts, no links back into the app. */
export function toHtmlPage(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex, nofollow"><meta name="referrer" content="no-referrer"><title>${escapeHtml(title)}</title><style>${CSS}</style></head><body><main>${body}</main></body></html>`;
}
