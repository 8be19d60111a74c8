import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe('a sentence read with the one before it', () => {
  it('quotes the sentence that goes on from the one naming the question', () => {
    const minutes = passage(
      [
        'Members reviewed the fall calendar and the budget for the spring family night.',
        'The travel training program at the county transit office has a waiting list this year.',
        'Travel training helps students ride fixed-route buses and paratransit on their own.',
        'The county transit office trains drivers every spring and posts new routes in May.',
        'Families asked for more travel training in the evenings and on weekends.',
        'The travel training program was discussed with the county transit office last month.',
        'Its new trainer is Rosalind Achterberg.',
        'The council thanked the transit office for hosting the meeting.',
      ].join(' '),
      'Transition Council Minutes',
      0.9,
      'minutes/council.txt',
    );
    const a = extractiveAnswer('which trainer runs the travel training program at the county transit office?', [minutes]);
    expect(a.text).toContain('Rosalind Achterberg');
    expectValidCitations(a);
  });
});

describe('a "who" question', () => {
  it('quotes the sentence naming a person', () => {
    const page = passage(
      [
        'Travel training teaches students with disabilities to ride the bus and the train safely and on their own.',
        'Travel training is offered to students of the Harbor district and to adults in Harbor County.',
        'Travel training starts with a meeting with the student, the family and the school.',
        'Our trainer, Delphine Okonkwo-Baptiste, rides with each student until the route is learned.',
        'Travel training sessions are held on weekdays during the school year and in the summer.',
      ].join(' '),
      'Travel Training',
      0.9,
      'cil/travel-training.html',
    );
    const a = extractiveAnswer('student needs to learn the bus before his job starts. who does travel training?', [page], 300);
    expect(a.text).toContain('Delphine Okonkwo-Baptiste');
    expectValidCitations(a);
  });
});
