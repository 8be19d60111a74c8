// `liaison ask [QUESTION] [--index DIR] [--json]`: answers from the index, one question or one per
// line of standard input. A bad question gets its own message and the batch goes on.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { renderText } from '../channels/console/render.js';
import { LiaisonError } from '../core/errors.js';
import { answerReply, ask, type AskResult } from '../core/skills/ask.js';
import { parse } from './args.js';
import { explainLines } from './explain.js';
import { createKnowledgeSearch, createSkills } from '../services.js';
import { openContext } from './context.js';
import { eprintln, println, showUsage, type Command } from './io.js';

const usage = `Usage: liaison ask [QUESTION] [--index DIR] [--json] [--explain]

Answers a question from the knowledge index, with numbered sources. Without QUESTION, reads
questions from standard input, one per line.

  --index DIR  the index to read (default: LIAISON_INDEX_DIR, or <data dir>/index)
  --json       one JSON object per question per line:
               {"question", "answer", "sources": [{"source", "title", "score"}], "grounded"}, and
               "cards" (the services, with phone, address, hours, eligibility, cost, languages) for a
               directory answer
  --explain    after each answer, why it was answered or declined: the gate's confidence and
               threshold and each check with its weight (with --json: a "why" field)`;

/** The --json line for one answer: sources best first, paths relative to the ingested folder. */
export function answerJson(question: string, r: AskResult): Record<string, unknown> {
  const sources = (r.answer.grounded ? r.answer.citations : [])
    .slice()
    .sort((a, b) => b.score - a.score)
    .map((c) => ({ source: c.source, title: c.title, score: Math.round(c.score * 1000) / 1000 }));
  const notes = [r.note, r.answer.fallback].filter(Boolean);
  // A directory answer is its first lines and the services' contact cards, as every channel shows it.
  const answer = r.directory ? { answer: r.directory.intro, cards: r.directory.cards } : { answer: r.answer.text };
  return { question, ...answer, sources, grounded: r.answer.grounded, ...(notes.length ? { note: notes.join(' ') } : {}) };
}

export const askCommand: Command = {
  name: 'ask',
  usage,
  async run(args, io) {
    const parsed = parse(args, { index: { type: 'string' }, json: { type: 'boolean' }, explain: { type: 'boolean' } }, usage);
    if (!parsed) return showUsage(io, usage);
    const json = parsed.bool('json');
    const explain = parsed.bool('explain');
    const { config, log } = openContext(io);
    const knowledge = createKnowledgeSearch({ ...config, indexDir: path.resolve(parsed.str('index') ?? config.indexDir) }, log);
    await knowledge.current(); // a missing or stale index is reported once, before any question
    const { answerer } = createSkills(config, log);

    /** Answers one question; false when the question itself was refused. */
    const one = async (question: string, heading: boolean): Promise<boolean> => {
      try {
        const result = await ask(knowledge, answerer, question, undefined, { clock: { now: () => io.now() }, timeZone: config.timeZone });
        if (json) println(io, JSON.stringify({ ...answerJson(question, result), ...(explain ? { why: explainLines(result) } : {}) }));
        else {
          if (heading) println(io, `Q: ${result.question}`);
          println(io, renderText(answerReply(result, 'cli')));
          if (explain) println(io, `\n${explainLines(result).join('\n')}`);
          if (heading) println(io);
        }
        return true;
      } catch (err) {
        if (!(err instanceof LiaisonError) || (err.code !== 'bad_input' && err.code !== 'too_large')) throw err;
        if (json) println(io, JSON.stringify({ question, error: err.message }));
        else if (heading) println(io, `Q: ${preview(question)}\n${err.message}\n`);
        else eprintln(io, err.message);
        return false;
      }
    };

    if (parsed.positionals.length) return (await one(parsed.positionals.join(' '), false)) ? 0 : 1;
    if (io.stdin.isTTY) io.stderr.write('Type a question per line; press Ctrl-D to finish.\n');
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity, terminal: false });
    for await (const line of lines) await one(line, true);
    return 0;
  },
};

/** A refused question shown back briefly: control characters made visible, long ones cut. */
function preview(q: string): string {
  const visible = q.replace(/[\u0000-\u001F\u007F-\u009F]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return visible.length > 80 ? `${visible.slice(0, 77)}...` : visible || '(empty line)';
}
