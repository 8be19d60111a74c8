import { describe, expect, it } from 'vitest';
import { resolveOwner } from '../../../src/core/plans/owners.js';
import { parsePartnersCsv } from '../../../src/core/plans/partners-csv.js';
import type { Partner } from '../../../src/core/plans/types.js';
import { DIRECTORY } from './service-fixtures.js';

const partners: Partner[] = parsePartnersCsv(DIRECTORY).map(({ line: _line, ...p }) => ({ ...p, id: p.id! }));
const members = ['kim', 'alvarez', 'maria-l', 'maria-c'];
const who = (written: string, on = members) => {
  const r = resolveOwner(written, partners, on);
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
    ['<@U0KIM>', 'kim'],
    ['<@U0MLOPEZ|maria>', 'maria-l'],
    ['@daniel', 'kim'],
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
    expect(resolveOwner('<@U999>', partners, members)).toEqual({ match: 'unresolved', written: '<@U999>' });
  });
});
