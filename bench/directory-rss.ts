// Run by the directory bench in a fresh process: opens the index with the factory the server uses,
// answers every question in the file once, and prints its peak resident memory as JSON.
// Usage: node --import tsx bench/directory-rss.ts <indexDir> <questions.jsonl>
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
console.log(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, questions: questions.length }));
