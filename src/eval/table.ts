// The measure as a Markdown table: one row per folder and system, each figure with its 95%
// interval, and the counts each figure is over.
import type { Estimate } from './intervals.js';
import type { Figures } from './figures.js';

export interface TableRow {
  folder: string;
  system: string;
  figures: Figures;
}

export const HEADER = [
  'folder', 'system', 'right source first', 'MRR@5', 'needed fact', 'Slack-style right',
  'answerable declined', 'unanswerable declined', 'notes F1', 'F1 ignoring dates', 'empty notes kept empty',
];

const two = (x: number) => x.toFixed(2);

/** "0.65 (0.53–0.75)", or "n/a" for an empty category. */
export function estimate(e: Estimate | undefined): string {
  if (!e || !Number.isFinite(e.value)) return 'n/a';
  return `${two(e.value)} (${two(e.low)}–${two(e.high)})`;
}

/** A proportion with its count: "14/62 0.23 (0.14–0.34)". */
export function share(e: Estimate): string {
  if (!Number.isFinite(e.value)) return 'n/a';
  return `${Math.round(e.value * e.n)}/${e.n} ${estimate(e)}`;
}

function cells(r: TableRow): string[] {
  const f = r.figures;
  const n = f.notes;
  return [
    r.folder,
    r.system,
    share(f.top1),
    estimate(f.mrr),
    share(f.fact),
    share(f.slack),
    share(f.answerableDeclined),
    share(f.unanswerableDeclined),
    n ? estimate(n.f1) : '–',
    n ? estimate(n.f1NoDates) : '–',
    n ? share(n.emptyKept) : '–',
  ];
}

/** Notes precision and recall, which the table leaves out for width: one line per row that has notes. */
export function notesLines(rows: TableRow[]): string[] {
  return rows
    .filter((r) => r.figures.notes)
    .map((r) => `  ${r.folder}: notes precision ${estimate(r.figures.notes!.precision)}, recall ${estimate(r.figures.notes!.recall)} (${r.figures.notes!.goldItems} gold items in ${r.figures.notes!.notes} notes)`);
}

export function renderTable(rows: TableRow[]): string {
  const lines = [HEADER, HEADER.map(() => '---'), ...rows.map(cells)];
  return lines.map((c) => `| ${c.join(' | ')} |`).join('\n');
}
