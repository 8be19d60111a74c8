import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe("a FAQ's questions in the quote", () => {
  const faq = passage(
    [
      'What happens to the waiver at 18?',
      "Q: Does my son's children's waiver just end when he turns 18?",
      "A: The Children's Waiver Program ends at age 18.",
      'Before then his supports coordinator should start the paperwork for the Habilitation Supports Waiver for adults.',
      'Q: Does my son need SSI to keep Medicaid after the waiver ends at 18?',
      "A: Many teens qualify for SSI at 18 because parents' income stops counting.",
    ].join(' '),
    'Waiver FAQ',
    0.9,
    'cmh/waiver-faq.txt',
  );

  it('quotes the answers, not the questions that restate what was asked', () => {
    const a = extractiveAnswer('my student is 17 and on the childrens waiver, does the waiver just end at 18??', [faq], 260);
    expect(a.text).toContain("The Children's Waiver Program ends at age 18.");
    expect(a.text).toContain('Habilitation Supports Waiver');
    expect(a.text).not.toContain('Q: Does my son');
    expectValidCitations(a);
  });
});
