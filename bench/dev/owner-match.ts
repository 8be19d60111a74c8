// Dev-only: the bench scorer's owner match (src/eval/notes-score.ts), for the field probes.
import { normalizeOwner } from '../../src/core/notes/score.js';

/** An owner in common, after normalising, one name inside the other. */
export function ownerMatches(found: string[], gold: string[]): boolean {
  const f = found.map(normalizeOwner).filter(Boolean);
  const g = gold.map(normalizeOwner).filter(Boolean);
  return f.some((a) => g.some((b) => a.includes(b) || b.includes(a)));
}
