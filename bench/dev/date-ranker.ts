// Dev-only (issue 14, task nrank): a ranker over the due dates an item's line and its neighbours offer,
// fitted on the rules' own items (fit-field-ranker.ts). Each candidate day gets features of shape and
// position: where it was written (the rules' pick, the line, the line before or after, the title over
// it, a due cell, the next meeting, no date at all), the phrase before it ("by"/"due"/"before" vs
// "on"/"for", "week of"), whether it ends the line, whether it lies before the meeting, how far ahead.
// A conditional logit scores them; the rules' date is replaced only when another candidate beats it by a
// margin fitted leave-one-set-out.
import { dateExprRe, resolveDate } from '../../src/core/notes/dates.js';
import type { ExtractedItem } from '../../src/core/notes/index.js';
import type { Unit } from '../../src/core/notes/segment.js';
import { words } from '../../src/core/notes/verbs.js';

export interface DateCandidate {
  due: string | null;
  features: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const DEADLINE_BEFORE = /\b(?:by|before|due|until|no later than|deadline|prior to)\b[\s:]*(?:[\w'’]+\s+){0,3}$/i;
const EVENT_BEFORE = /\b(?:on|for|at|during)\s+(?:the\s+)?(?:[\w'’]+\s+){0,1}$/i;
const WEEK_OF_BEFORE = /\b(?:week|wk)\s+of\s+(?:the\s+)?$/i;
const START_BEFORE = /\b(?:starting|start|from|begins?|beginning|after|since)\s+(?:on\s+)?$/i;
const DONE_NEAR = /\b(?:done|completed?|finished|held|was|were|went|had|did|received|submitted|sent)\b/i;
const NO_DATE = /\b(?:no date|no deadline|tbd|no rush|whenever)\b/i;

const dayDiff = (a: string, b: string) => Math.round((Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86400000);

/** Each day a text names, with where it stands in the text. */
function daysIn(text: string, meetingDate: string, nextMeeting?: string): { due: string; before: string; after: string; expr: string }[] {
  const out: { due: string; before: string; after: string; expr: string }[] = [];
  for (const m of text.matchAll(dateExprRe('gi'))) {
    const due = resolveDate(m[0], meetingDate, nextMeeting ? { nextMeeting } : {}).due;
    if (due) out.push({ due, before: text.slice(Math.max(0, m.index - 40), m.index), after: text.slice(m.index + m[0].length), expr: m[0] });
  }
  return out;
}

/** The candidates for one of the rules' items, with their features; the first is always the rules' own pick. */
export function dateCandidates(item: ExtractedItem, units: Unit[], meetingDate: string, nextMeeting?: string): DateCandidate[] {
  const k = units.findIndex((u) => squash(u.quote) === squash(item.quote));
  const last = units.findLastIndex((u) => squash(u.quote) === squash(item.quote));
  const unit = k >= 0 ? units[k] : undefined;
  const prev = k > 0 ? units[k - 1] : undefined;
  const next = k >= 0 && last + 1 < units.length ? units[last + 1] : undefined;
  const line = item.quote;
  const out: DateCandidate[] = [];
  const shared: string[] = [];
  shared.push(item.due ? 'rules-dated' : item.dueFlag ? `rules-${item.dueFlag}` : 'rules-none');
  if (NO_DATE.test(line)) shared.push('line-says-no-date');
  const add = (due: string | null, features: string[]) => {
    const at = out.findIndex((c) => c.due === due);
    if (at >= 0) {
      for (const f of features) if (!out[at]!.features.includes(f)) out[at]!.features.push(f);
      return;
    }
    const f = [...features];
    if (due) {
      const d = dayDiff(due, meetingDate);
      f.push(d < 0 ? 'past' : d === 0 ? 'same-day' : d <= 14 ? 'within-2w' : d <= 60 ? 'within-2m' : d <= 180 ? 'within-6m' : 'far');
    }
    // Context features, crossed with the candidate being no date or a day.
    out.push({ due, features: [...f, ...shared.map((s) => `${due ? 'day' : 'nodate'}&${s}`)] });
  };
  add(item.due, ['rules']);
  add(null, ['none']);
  for (const d of daysIn(line, meetingDate, nextMeeting)) {
    const f = ['line'];
    if (DEADLINE_BEFORE.test(d.before)) f.push('line:deadline');
    else if (WEEK_OF_BEFORE.test(d.before)) f.push('line:week-of');
    else if (START_BEFORE.test(d.before)) f.push('line:start');
    else if (EVENT_BEFORE.test(d.before)) f.push('line:event');
    else f.push('line:bare');
    if (!d.after.replace(/[\s.,;:!)\]]+/g, '')) f.push('line:at-end');
    if (DONE_NEAR.test(d.before.slice(-20))) f.push('line:done-near');
    if (item.dueText && d.expr && item.dueText.toLowerCase().includes(d.expr.toLowerCase())) f.push('line:rules-phrase');
    add(d.due, f);
  }
  const fromText = (text: string | undefined, name: string, extra: string[] = []) => {
    if (!text) return;
    for (const d of daysIn(text, meetingDate, nextMeeting)) add(d.due, [name, ...extra, ...(DEADLINE_BEFORE.test(d.before) ? [`${name}:deadline`] : [])]);
  };
  if (unit?.due) fromText(unit.due, 'due-cell');
  if (unit?.row?.due) fromText(unit.row.due, 'due-cell');
  fromText(unit?.parent, 'parent');
  fromText(unit?.anchor, 'anchor');
  // A neighbour that is little more than a date reads as this line's date ("By Friday if possible.").
  const short = (u: Unit | undefined) => (u && words(u.text).length <= 6 ? ['short'] : []);
  fromText(prev?.text, 'prev', short(prev).map((s) => `prev:${s}`));
  const sameQuote = next && unit && next.paragraph !== undefined && next.paragraph === unit.paragraph ? ['next:same-paragraph'] : [];
  fromText(next?.text, 'next', [...short(next).map((s) => `next:${s}`), ...sameQuote]);
  if (nextMeeting) add(nextMeeting, ['next-meeting']);
  return out;
}
