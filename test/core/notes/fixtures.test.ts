// The offline extractor on the hand-labelled notes in test/fixtures/notes (each .md has a .json key).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractActions } from '../../../src/core/notes/rules.js';
import { combineScores, scoreF1, type ScoredItem } from '../../../src/core/notes/score.js';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/notes');
const notes = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

interface Key {
  meetingDate: string;
  poster?: string;
  items: ScoredItem[];
}

function score(file: string) {
  const key = JSON.parse(readFileSync(path.join(dir, file.replace(/\.md$/, '.json')), 'utf8')) as Key;
  const predicted = extractActions(readFileSync(path.join(dir, file), 'utf8'), { meetingDate: key.meetingDate, poster: key.poster });
  return scoreF1(predicted, key.items);
}

describe('offline extraction on the labelled fixture notes', () => {
  it('has at least ten notes in different styles', () => {
    expect(notes.length).toBeGreaterThanOrEqual(10);
  });

  it('reaches F1 >= 0.90 over all notes (owners, due date and task must all match)', () => {
    const total = combineScores(notes.map(score));
    expect(total.f1).toBeGreaterThanOrEqual(0.9);
  });

  it.each(notes)('%s: no note falls below F1 0.75', (file) => {
    expect(score(file).f1).toBeGreaterThanOrEqual(0.75);
  });
});
