// A question set: one JSON object a line, {"id","question","answerable","sources":[...],"facts":[...],
// "style"?}, with sources relative to the knowledge folder (an HSDS service as `file#id`).
import { readFile } from 'node:fs/promises';

export interface EvalQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** Any of these counts as a correct source. */
  sources: string[];
  /** Each must appear in the answer (after normalising) for the answer to hold the needed fact. */
  facts: string[];
  /** How it was written: slack, lookup, two-doc, near-miss, off-topic (absent in older sets). */
  style?: string;
}

export async function loadQuestions(file: string): Promise<EvalQuestion[]> {
  const text = await readFile(file, 'utf8');
  const out: EvalQuestion[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const q = raw as Partial<EvalQuestion>;
    if (typeof q.id !== 'string' || typeof q.question !== 'string' || typeof q.answerable !== 'boolean') {
      throw new Error(`${file}:${i + 1}: needs string "id", string "question" and boolean "answerable"`);
    }
    out.push({
      id: q.id,
      question: q.question,
      answerable: q.answerable,
      sources: Array.isArray(q.sources) ? q.sources.map(String) : [],
      facts: Array.isArray(q.facts) ? q.facts.map(String) : [],
      ...(typeof q.style === 'string' ? { style: q.style } : {}),
    });
  });
  return out;
}
