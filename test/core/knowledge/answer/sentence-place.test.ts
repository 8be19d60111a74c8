import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe("a sentence's place in its passage, for the answer", () => {
  const top = passage(
    [
      'Pre-ETS help students with disabilities explore careers while they are still in school.',
      'Services include job exploration counseling and work-based learning experiences.',
      'A student does not have to apply for vocational rehabilitation to receive Pre-ETS.',
    ].join(' '),
    'Pre-Employment Transition Services',
    0.9,
    'vr/pre-ets.html',
  );
  // A lower passage whose first sentence names the question as much: only its place spoke for it.
  const lower = passage(
    ['Students apply for vocational rehabilitation to join the Pre-ETS summer program.', 'Category 3 is closed.'].join(' '),
    'Order of selection',
    0.85,
    'vr/order-of-selection.html',
  );

  it("quotes the top passage's answering sentence, not a lower passage's opening", () => {
    const a = extractiveAnswer('does he have to apply to voc rehab first to get pre ets?', [top, lower], 120);
    expect(a.text).toContain('A student does not have to apply for vocational rehabilitation');
    expect(a.text).not.toContain('summer program');
    expectValidCitations(a);
  });
});
