// Dev-only (issue 14, task nrank): the owners an item's line and its neighbours offer, with features of
// shape and position, for the owner ranker of fit-field-ranker.ts: where the name was written (the rules'
// pick, the line, a speaker label, a person heading, a row's owner cell, the title over it, the lines
// around it, the poster), what it looks like (@mention, full name, title, initials, role, one word), and
// where it stands in the line (first, before "will"/"to"/"'ll", after a verb or preposition that makes
// it the object), crossed with the line asking someone ("can you", "please") or speaking as "I".
import { isPlausibleOwner, isRole, looksLikePerson, splitOwners } from '../../src/core/notes/owners.js';
import type { ExtractedItem } from '../../src/core/notes/index.js';
import type { Unit } from '../../src/core/notes/segment.js';

export interface OwnerCandidate {
  owners: string[];
  features: string[];
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const CAPITALISED = /(?:@[\w.-]+|(?:(?:Ms|Mr|Mrs|Mx|Dr)\.?\s+)?[A-Z][\wÀ-ɏ'’.-]*(?:\s+[A-Z][\wÀ-ɏ'’.-]*)?)/g;
const FIRST_PERSON = /\b(?:I|I'll|I’ll|I'm|I’m|me|my|myself)\b/;
const ASKING = /\b(?:can|could|would) you\b|\bplease\b|\bpls\b/i;
const COMMITS_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:will|'ll|’ll|to|can|should|needs? to|is going to|is|has|said|agreed|offered|volunteered)\b/i;
const OBJECT_BEFORE = /\b(?:to|with|from|for|ask|asked|tell|told|email|call|text|remind|cc|about|and|by|of|at)\s*$/i;
const SPEAKER_AFTER = /^\s*(?::|[-–—]\s)/;

function shape(owner: string): string[] {
  if (owner.startsWith('@')) return ['shape:mention'];
  if (isRole(owner)) return ['shape:role'];
  const f: string[] = [];
  if (looksLikePerson(owner)) f.push('shape:person');
  f.push(owner.split(/\s+/).length === 1 ? 'shape:one-word' : 'shape:several-words');
  return f;
}

/** The candidates for one of the rules' items, with their features; the first is always the rules' own pick. */
export function ownerCandidates(item: ExtractedItem, units: Unit[], poster: string | undefined): OwnerCandidate[] {
  const k = units.findIndex((u) => squash(u.quote) === squash(item.quote));
  const last = units.findLastIndex((u) => squash(u.quote) === squash(item.quote));
  const unit = k >= 0 ? units[k] : undefined;
  const prev = k > 0 ? units[k - 1] : undefined;
  const next = k >= 0 && last + 1 < units.length ? units[last + 1] : undefined;
  const line = item.quote.replace(/\*\*|__/g, '').replace(/^[-*•]\s+|^\[[ xX]\]\s+/, '');
  const context: string[] = [];
  if (FIRST_PERSON.test(line)) context.push('line-first-person');
  if (ASKING.test(line)) context.push('line-asks');
  if (unit?.speaker) context.push('line-has-speaker');
  if (item.owners.length === 0) context.push('rules-no-owner');
  else if (poster && item.owners.every((o) => o === poster)) context.push('rules-poster');
  const out: OwnerCandidate[] = [];
  const add = (owners: string[], features: string[]) => {
    if (owners.length === 0) return;
    const at = out.findIndex((c) => c.owners.join('|').toLowerCase() === owners.join('|').toLowerCase());
    if (at >= 0) {
      for (const f of features) if (!out[at]!.features.includes(f)) out[at]!.features.push(f);
      return;
    }
    out.push({ owners, features: [...features, ...shape(owners[0]!), ...features.flatMap((f) => context.map((c) => `${f}&${c}`))] });
  };
  out.push({ owners: item.owners, features: ['rules', ...(item.owners.length ? shape(item.owners[0]!) : ['shape:none']), ...context.map((c) => `rules&${c}`)] });
  for (const m of line.matchAll(CAPITALISED)) {
    for (const o of splitOwners(m[0])) {
      if (!o || !isPlausibleOwner(o)) continue;
      const before = line.slice(0, m.index);
      const after = line.slice(m.index + m[0].length);
      const f = ['line'];
      if (!before.trim()) f.push('line:first');
      if (COMMITS_AFTER.test(after)) f.push('line:commits');
      if (SPEAKER_AFTER.test(after) && !before.trim()) f.push('line:label');
      if (OBJECT_BEFORE.test(before)) f.push('line:object');
      add([o], f);
    }
  }
  if (poster) add([poster], ['poster']);
  if (unit?.speaker) add([unit.speaker], ['speaker']);
  if (unit?.person) add([unit.person], ['person-heading']);
  if (unit?.row?.owner) add(splitOwners(unit.row.owner), ['row-owner']);
  const around = (u: Unit | undefined, name: string) => {
    if (!u) return;
    for (const m of u.text.matchAll(CAPITALISED)) for (const o of splitOwners(m[0])) if (o && isPlausibleOwner(o)) add([o], [name]);
  };
  around(unit?.parent ? ({ text: unit.parent } as Unit) : undefined, 'parent');
  around(prev, 'prev');
  if (prev?.speaker) add([prev.speaker], ['prev-speaker']);
  around(next, 'next');
  return out;
}
