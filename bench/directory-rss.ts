// Run by the directory bench in a fresh process: opens the index with the factory the server uses,
// answers every question in the file once, and prints its peak resident memory as JSON.
// Usage: node --expose-gc --import tsx bench/directory-rss.ts <indexDir> <questions.jsonl>
import { readFile } from 'node:fs/promises';
import { createAnswerer } from '../src/core/knowledge/answer/index.js';
import { ask } from '../src/core/skills/ask.js';
import { silentLogger } from '../src/log.js';
import { createKnowledgeSearch } from '../src/services.js';

const [indexDir, questionsFile] = process.argv.slice(2);
if (!indexDir || !questionsFile) {
  console.error('usage: directory-rss.ts <indexDir> <questions.jsonl>');
  process.exit(2);
}
const knowledge = createKnowledgeSearch({ indexDir }, silentLogger);
const answerer = createAnswerer();
const questions = (await readFile(questionsFile, 'utf8')).split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { question: string }).question);
for (const q of questions) await ask(knowledge, answerer, q);
const peakMb = process.resourceUsage().maxRSS / 1024;
// Started with --expose-gc by the bench: what stays after a full collection is the live index and code.
(globalThis as { gc?: () => void }).gc?.();
const mb = (bytes: number) => bytes / 1048576;
console.log(JSON.stringify({ peakMb, afterGcMb: mb(process.memoryUsage().rss), heapUsedMb: mb(process.memoryUsage().heapUsed), questions: questions.length }));
