// `liaison eval QUESTIONS.jsonl [--index DIR] [--notes DIR] [--json]`: the bench's measure on a
// district's own folder before rollout. Liaison answers through the same search and skills as every
// other entry point; plain BM25 over the index's chunks is measured beside it.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { LiaisonError } from '../core/errors.js';
import { figures, type Figures } from '../eval/figures.js';
import { liaisonOutcomes } from '../eval/liaison-answers.js';
import { loadGoldNotes } from '../eval/notes-gold.js';
import { notesOutcomes, type NoteOutcome } from '../eval/notes-run.js';
import { bm25Outcomes } from '../eval/plain-bm25.js';
import { loadQuestions } from '../eval/questions.js';
import { notesLines, renderTable, type TableRow } from '../eval/table.js';
import { createKnowledgeSearch, createSkills } from '../services.js';
import { parse } from './args.js';
import { openContext } from './context.js';
import { println, showUsage, type Command } from './io.js';

const usage = `Usage: liaison eval QUESTIONS [--index DIR] [--notes DIR] [--json]

Measures Liaison on your own questions (and meeting notes) before rollout, beside plain BM25 over
the same index, each figure with its 95% interval.

  QUESTIONS    a .jsonl file, one question a line: {"id", "question", "answerable": true|false,
               "sources": ["path/in/the/folder.md", "services.json#<service id>"], "facts": ["60 days"],
               "style": "slack" (optional)}
  --index DIR  the index to read (default: LIAISON_INDEX_DIR, or <data dir>/index)
  --notes DIR  meeting notes with gold items: NN.txt + NN.json
               {"meetingDate", "poster", "items": [{"owners", "task", "keywords", "due"}]}
  --json       print {"liaison": figures, "bm25": figures} instead of the table`;

async function mustExist(file: string, what: string): Promise<void> {
  await stat(file).catch(() => {
    throw new LiaisonError('not_found', `Cannot read ${what} ${file}: no such file or folder. Check the path.`);
  });
}

export const evalCommand: Command = {
  name: 'eval',
  usage,
  async run(args, io) {
    const parsed = parse(args, { index: { type: 'string' }, notes: { type: 'string' }, json: { type: 'boolean' } }, usage, { min: 1, max: 1 });
    if (!parsed) return showUsage(io, usage);
    const file = path.resolve(parsed.positionals[0]!);
    const notesDir = parsed.str('notes');
    await mustExist(file, 'questions');
    if (notesDir) await mustExist(notesDir, 'notes');
    const { config, log } = openContext(io);
    const knowledge = createKnowledgeSearch({ ...config, indexDir: path.resolve(parsed.str('index') ?? config.indexDir) }, log);
    const index = await knowledge.current();
    const { answerer, extractor } = createSkills(config, log);

    const questions = await loadQuestions(file);
    const liaison = await liaisonOutcomes(knowledge, answerer, questions);
    let notes: NoteOutcome[] | undefined;
    if (notesDir) notes = await notesOutcomes(extractor, await loadGoldNotes(path.resolve(notesDir)), config.timeZone);
    let bm25: Figures | undefined;
    try {
      if (index.chunks.length) bm25 = figures(bm25Outcomes(index.chunks, questions));
    } catch (err) {
      log.warn({ err }, 'eval: plain BM25 could not be built over the index; measuring Liaison alone');
    }
    const mine = figures(liaison, notes);

    if (parsed.bool('json')) {
      println(io, JSON.stringify({ liaison: mine, ...(bm25 ? { bm25 } : {}) }));
      return 0;
    }
    const name = path.basename(file);
    const rows: TableRow[] = [{ folder: name, system: 'Liaison', figures: mine }];
    if (bm25) rows.push({ folder: name, system: 'BM25', figures: bm25 });
    const answerable = questions.filter((q) => q.answerable).length;
    println(io, `${questions.length} questions (${answerable} answerable, ${questions.length - answerable} unanswerable)${notes ? `, ${notes.length} notes` : ''}; index ${index.chunks.length} chunks`);
    println(io, '95% intervals in parentheses: Wilson for proportions, a seeded bootstrap for MRR and F1.');
    println(io);
    println(io, renderTable(rows));
    for (const line of notesLines(rows)) println(io, `\n${line.trim()}`);
    if (!bm25) println(io, '\n(plain BM25 not measured: the index has no chunks it could read)');
    return 0;
  },
};
