// Notes extraction quality: the offline extractor over the hand-labelled notes in bench/data/notes,
// micro-averaged precision/recall/F1 and the notes it handles worst, with what it missed or added.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { combineScores, extractActions, matchItems, scoreF1, type Score, type ScoredItem } from '../src/core/notes/index.js';

interface GoldNote {
  file: string;
  meetingDate: string;
  poster?: string;
  items: ScoredItem[];
}

export interface NoteResult {
  file: string;
  score: Score;
  missed: ScoredItem[];
  extra: ScoredItem[];
}

export interface NotesFigures {
  notes: number;
  goldItems: number;
  total: Score;
  worst: NoteResult[];
}

export async function notesQuality(notesDir: string, worstCount = 5): Promise<NotesFigures> {
  const gold = JSON.parse(await readFile(path.join(notesDir, 'gold.json'), 'utf8')) as GoldNote[];
  const results: NoteResult[] = [];
  for (const note of gold) {
    const text = await readFile(path.join(notesDir, note.file), 'utf8');
    const predicted: ScoredItem[] = extractActions(text, { meetingDate: note.meetingDate, poster: note.poster }).map((i) => ({
      owners: i.owners,
      task: i.task,
      due: i.due,
    }));
    const m = matchItems(predicted, note.items);
    results.push({
      file: note.file,
      score: scoreF1(predicted, note.items),
      missed: m.missed.map((j) => note.items[j]!),
      extra: m.extra.map((i) => predicted[i]!),
    });
  }
  const worst = [...results].sort((a, b) => a.score.f1 - b.score.f1 || a.file.localeCompare(b.file)).slice(0, worstCount);
  return {
    notes: gold.length,
    goldItems: gold.reduce((n, g) => n + g.items.length, 0),
    total: combineScores(results.map((r) => r.score)),
    worst,
  };
}
