// The honest "I don't know", with the nearest sources listed apart from the answer.
import type { Citation } from '../../messages.js';
import type { Hit } from '../types.js';
import { toCitation } from './contact.js';
import { DECLINE_TEXT, type Answer } from './types.js';

const CLOSEST = 2;

/** Up to two nearest sources, for a "closest I found" line; never cited as an answer. */
export function closestSources(hits: Hit[]): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const hit of [...hits].sort((a, b) => b.score - a.score)) {
    if (seen.has(hit.chunk.source)) continue;
    seen.add(hit.chunk.source);
    out.push(toCitation(hit, out.length + 1));
    if (out.length === CLOSEST) break;
  }
  return out;
}

export function decline(hits: Hit[], mode: Answer['mode']): Answer {
  const answer: Answer = { text: DECLINE_TEXT, citations: [], grounded: false, mode };
  const closest = closestSources(hits);
  if (closest.length) answer.closest = closest;
  return answer;
}
