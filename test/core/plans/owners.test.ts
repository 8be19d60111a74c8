import { describe, expect, it } from 'vitest';
import { resolveOwner } from '../../../src/core/plans/owners.js';
import { parsePartnersCsv } from '../../../src/core/plans/partners-csv.js';
import type { Mention } from '../../../src/core/messages.js';
import type { Partner } from '../../../src/core/plans/types.js';
import { DIRECTORY } from './service-fixtures.js';

const partners: Partner[] = parsePartnersCsv(DIRECTORY).map(({ line: _line, ...p }) => ({ ...p, id: p.id! }));
const members = ['kim', 'alvarez', 'maria-l', 'maria-c'];
/** Mentions as a channel reads them from its markup: the @handle in the text, and who is behind it. */
const mentions: Mention[] = [
  { text: '@Daniel.Kim', platform: 'slack', userId: 'U0KIM', name: 'Daniel Kim' },
  { text: '@maria', platform: 'slack', userId: 'U0MLOPEZ', name: 'maria' },
  { text: '@Maria.Chen', platform: 'teams', userId: 'aad-2', name: 'Maria Chen' },
  { text: '@U999', platform: 'slack', userId: 'U999' },
];
const who = (written: string, on = members) => {
  const r = resolveOwner(written, partners, on, mentions);
  return r.match === 'resolved' ? r.partner.id : r.match === 'ambiguous' ? r.candidates.map((p) => p.id).sort() : null;
};

describe('resolving owners written in notes', () => {
  it.each([
    ['Rosa Alvarez', 'alvarez'],
    ['rosie', 'alvarez'],
    ['Ms. Alvarez', 'alvarez'],
    ['Ms Alvarez', 'alvarez'],
    ['Dr. Kim', 'kim'],
    ['Daniel', 'kim'],
    ['Lopez', 'maria-l'],
    ['DVR', 'alvarez'],
    ['the CIL', 'maria-l'],
    ['@Daniel.Kim', 'kim'],
    ['@maria', 'maria-l'],
    ['@Maria.Chen', 'maria-c'],
    ['@daniel', 'kim'],
    ['@Rosa.Alvarez', 'alvarez'],
    ['MChen@DD.example.gov', 'maria-c'],
    ['Jones', 'jones'],
  ])('%s -> %s', (written, id) => {
    expect(who(written)).toBe(id);
  });

  it('prefers plan members: "Daniel" is Kim on this plan, but a choice when neither is on it', () => {
    expect(who('Daniel')).toBe('kim');
    expect(who('Daniel', [])).toEqual(['kim', 'park']);
  });

  it('returns the candidates when two members match, never a guess', () => {
    expect(who('Maria')).toEqual(['maria-c', 'maria-l']);
    expect(who('DVR', [...members, 'jones'])).toEqual(['alvarez', 'jones']);
  });

  it('uses an agency only for its partner on the plan', () => {
    expect(who('DVR', ['kim'])).toBeNull();
  });

  it('keeps an unknown owner as written', () => {
    expect(resolveOwner('  Mr. Ortega ', partners, members)).toEqual({ match: 'unresolved', written: 'Mr. Ortega' });
    expect(resolveOwner('@U999', partners, members, mentions)).toEqual({ match: 'unresolved', written: '@U999' });
  });
});
