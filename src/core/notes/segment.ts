// Splitting raw notes into units the rules can read: headed sections, bullets, checkboxes, table rows
// and prose sentences.

export type SectionKind = 'action' | 'done' | 'decision' | 'other';

export interface Unit {
  /** The text to analyse: bullet markers and checkboxes removed. */
  text: string;
  /** The source line (or sentence of a prose paragraph), trimmed. */
  quote: string;
  section: SectionKind;
  bullet: boolean;
  checkbox?: 'open' | 'done';
  /** Table rows keep their cells keyed by column role. */
  row?: { owner?: string; task?: string; due?: string; status?: string };
}

const ACTION_HEADING = /\b(next\s+steps?|action\s+items?|actions?|follow[\s-]?ups?|to[\s-]?dos?|tasks?|assignments?|who\s+does\s+what|commitments?|homework|owners?|plan|going\s+forward)\b/i;
const DONE_HEADING = /\b(done|completed?|finished|closed|accomplished|previous\s+action|last\s+(?:meeting|time)|old\s+business|status\s+of)\b/i;
const DECISION_HEADING = /\b(decisions?|decided|agreements?|agreed)\b/i;

const OTHER_HEADING = /^(?:discussion|notes|updates?|agenda|attendees|present|background|summary|questions|concerns|context|overview)\b/i;

export function classifyHeading(title: string): SectionKind {
  if (DONE_HEADING.test(title)) return 'done';
  if (DECISION_HEADING.test(title)) return 'decision';
  if (ACTION_HEADING.test(title)) return 'action';
  return 'other';
}

/** A heading line ("## Next steps", "**Action items:**", "Follow-up:") and its title; null otherwise. */
function heading(line: string): string | null {
  const t = line.trim();
  let m = /^#{1,6}\s+(.+?)\s*#*$/.exec(t);
  if (m) return m[1]!.replace(/[*_:]+/g, '').trim();
  m = /^(?:\*\*|__)(.+?)(?:\*\*|__):?\s*$/.exec(t);
  if (m) return m[1]!.replace(/:$/, '').trim();
  m = /^([A-Za-z][\w /&'()-]{1,40}):\s*$/.exec(t);
  if (m) return m[1]!.trim();
  if (/^[A-Z][A-Z /&-]{3,40}$/.test(t)) return t;
  // A short bare line such as "Next steps" or "Discussion".
  if (/^[A-Za-z][\w /&'-]{1,30}$/.test(t) && t.split(/\s+/).length <= 4) {
    if (classifyHeading(t) !== 'other' || OTHER_HEADING.test(t)) return t;
  }
  return null;
}

const BULLET = /^\s*(?:[-*•·◦▪‣]|\d{1,2}[.)]|[a-z][.)](?=\s))\s+/;
const CHECKBOX = /^\[( |x|X|✓|✔)\]\s*/;
const INLINE_ACTION_HEADING = /^(?:\*\*)?(next\s+steps?|action\s+items?|follow[\s-]?ups?)(?:\*\*)?\s*[:\-–—]\s+(?=\S)/i;

function splitCells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
}

function columnRole(header: string): keyof NonNullable<Unit['row']> | null {
  const h = header.toLowerCase();
  if (/\b(owner|who|responsible|person|assigned|lead)\b/.test(h)) return 'owner';
  if (/\b(due|when|date|deadline|by)\b/.test(h)) return 'due';
  if (/\b(status|done|state)\b/.test(h)) return 'status';
  if (/\b(task|action|what|item|to[\s-]?do|step|commitment)\b/.test(h)) return 'task';
  return null;
}

const ABBREVIATION = /(?:\b(?:Ms|Mr|Mrs|Mx|Dr|St|Jr|Sr|vs|etc|e\.g|i\.e|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)|\b[A-Z])\.$/;

/** Sentences of a prose paragraph, not cut after "Ms.", "Dec." or initials like "J.R.". */
export function sentences(paragraph: string): string[] {
  const parts = paragraph.split(/(?<=[.!?])\s+(?=["“(]?[A-Z@<])/);
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ABBREVIATION.test(prev)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

export function segment(notes: string): Unit[] {
  const units: Unit[] = [];
  let section: SectionKind = 'other';
  let table: { roles: (keyof NonNullable<Unit['row']> | null)[] } | null = null;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) {
      for (const s of sentences(paragraph.join(' '))) units.push({ text: s, quote: s, section, bullet: false });
    }
    paragraph = [];
  };
  for (const raw of notes.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trim();
    if (!line) {
      flush();
      table = null;
      continue;
    }
    if (line.startsWith('|')) {
      flush();
      const cells = splitCells(line);
      if (cells.every((c) => /^:?-{2,}:?$/.test(c) || c === '')) continue;
      if (!table) {
        const roles = cells.map(columnRole);
        if (roles.includes('task') || roles.includes('owner')) {
          table = { roles };
          continue;
        }
      } else {
        const row: NonNullable<Unit['row']> = {};
        table.roles.forEach((r, i) => {
          if (r && cells[i] !== undefined && row[r] === undefined) row[r] = cells[i];
        });
        units.push({ text: row.task ?? '', quote: line, section, bullet: true, row });
        continue;
      }
    }
    table = null;
    const title = heading(line);
    if (title !== null) {
      flush();
      section = classifyHeading(title);
      continue;
    }
    let text = line;
    let unitSection = section;
    const inline = INLINE_ACTION_HEADING.exec(text);
    if (inline) {
      text = text.slice(inline[0].length);
      unitSection = 'action';
    }
    const bullet = BULLET.exec(text);
    if (!bullet && !inline) {
      // Wrapped prose continues a paragraph; a new capitalised line after a finished one starts a new unit.
      const prev = paragraph[paragraph.length - 1];
      if (prev !== undefined && (/[.!?:]["”)]?$/.test(prev) || !/^[a-z]/.test(text))) flush();
      paragraph.push(text);
      continue;
    }
    flush();
    if (bullet) text = text.slice(bullet[0].length);
    const box = CHECKBOX.exec(text);
    const checkbox = box ? (box[1] === ' ' ? 'open' : 'done') : undefined;
    if (box) text = text.slice(box[0].length);
    const parts = sentences(text);
    for (const s of parts) units.push({ text: s, quote: line, section: unitSection, bullet: true, checkbox });
  }
  flush();
  return units;
}
