// The question sets (bench/data/questions.jsonl, bench/dev/questions.jsonl): one JSON object a line,
// {"id","question","answerable","sources":[...],"facts":[...]}, with sources relative to knowledge/.
import { readFile } from 'node:fs/promises';

export interface BenchQuestion {
  id: string;
  question: string;
  answerable: boolean;
  /** Any of these counts as a correct source (paths relative to knowledge/, HSDS `file#id`). */
  sources: string[];
  /** Each must appear in the answer (after normalising) for the answer to hold the needed fact. */
  facts: string[];
}

export async function loadQuestions(file: string): Promise<BenchQuestion[]> {
  const text = await readFile(file, 'utf8');
  const out: BenchQuestion[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
    }
    const q = raw as Partial<BenchQuestion>;
    if (typeof q.id !== 'string' || typeof q.question !== 'string' || typeof q.answerable !== 'boolean') {
      throw new Error(`${file}:${i + 1}: needs string "id", string "question" and boolean "answerable"`);
    }
    out.push({
      id: q.id,
      question: q.question,
      answerable: q.answerable,
      sources: Array.isArray(q.sources) ? q.sources.map(String) : [],
      facts: Array.isArray(q.facts) ? q.facts.map(String) : [],
    });
  });
  return out;
}

/**
 * Text as compared for facts: lower case, one space for any run of whitespace, phone numbers
 * without punctuation ("(555) 555-0101" and "555.0101" meet as "5555550101"/"5550101"), money
 * without thousands commas ("$9,730" -> "$9730"), and no markdown emphasis.
 */
export function normaliseForFacts(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`]+/g, '')
    .replace(/\$\s*(\d{1,3}(?:,\d{3})+)/g, (_, n: string) => `$${n.replace(/,/g, '')}`)
    .replace(/\(?\b(\d{3})\)?[\s.-]*(\d{3})[\s.-]+(\d{4})\b/g, '$1$2$3')
    .replace(/\b(\d{3})[\s.-]+(\d{4})\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsFact(answer: string, fact: string): boolean {
  return normaliseForFacts(answer).includes(normaliseForFacts(fact));
}

/** A hit's source matches a gold source exactly, or the gold names a whole file and the hit is inside it. */
export function sourceMatches(hitSource: string, gold: string): boolean {
  return hitSource === gold || (!gold.includes('#') && hitSource.startsWith(`${gold}#`));
}
