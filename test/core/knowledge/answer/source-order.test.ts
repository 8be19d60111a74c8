import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';

const hit = (source: string, title: string, text: string, score: number): Hit => ({
  chunk: { id: `${source}::0`, source, title, headings: [], text, hash: `hash-${source}` },
  score,
});

describe('the order of an answer\'s sources', () => {
  it('leads with the passage search ranked first, not with a lower passage sharing a story word', () => {
    // "parent thinks it sounds long" is the story; the FAQ's opening sentence on parents' income is
    // about something else, while the employment page search ranked first holds the 60 hours.
    const a = extractiveAnswer('SC wants my student to do discovery before job dev. how many hrs is discovery, parent thinks it sounds long', [
      hit(
        'pages/employment.html',
        'Employment Services',
        'Discovery is a way of getting to know a person before looking for a job. Instead of testing, the employment specialist spends time with the person at home and in the community. Discovery has three phases and uses up to 60 hours over about 12 weeks.',
        0.9,
      ),
      hit(
        'pages/faq.html',
        'Frequently Asked Questions',
        "Many parents apply for SSI in the month their student turns 18, because parents' income is no longer counted once the student is an adult. It takes 3 to 5 months for a decision.",
        0.38,
      ),
    ]);
    expect(a.citations[0]!.source).toBe('pages/employment.html');
    expect(a.text.indexOf('60 hours')).toBeLessThan(a.text.indexOf('[1]'));
  });
});
