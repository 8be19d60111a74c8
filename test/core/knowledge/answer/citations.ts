// Shared check: every [n] in an answer names a citation, and citations are 1..m in order of first use.
import { expect } from 'vitest';
import type { Answer } from '../../../../src/core/knowledge/answer/types.js';

export function expectValidCitations(a: Answer): void {
  const used = [...a.text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const firstUse = used.filter((n, i) => used.indexOf(n) === i);
  expect(a.citations.map((c) => c.n)).toEqual(firstUse);
  expect(firstUse).toEqual(firstUse.map((_, i) => i + 1));
  expect(a.citations.length).toBeGreaterThan(0);
}
