// One wiring for the answer path: every bench and development question gets the same reply from
// the assistant (what Slack, Teams and the console call) as from `liaison ask`, because both get the
// live search from the one factory (services.ts createKnowledgeSearch).
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Reply } from '../../src/core/messages.js';
import { buildTestAssistant, inbound, starterIndexDir, type TestAssistant } from '../helpers/assistant.js';
import { jsonLines, liaison, makeWorkspace, REPO, type Workspace } from './helpers.js';

async function benchQuestions(): Promise<string[]> {
  const files = [path.join(REPO, 'bench', 'data', 'questions.jsonl')];
  const dev = path.join(REPO, 'bench', 'dev');
  for (const f of (await readdir(dev)).filter((n) => n.endsWith('.jsonl')).sort()) files.push(path.join(dev, f));
  const out: string[] = [];
  for (const f of files) {
    for (const line of (await readFile(f, 'utf8')).split('\n').filter((l) => l.trim())) {
      out.push(String((JSON.parse(line) as { question: string }).question).replace(/\s+/g, ' ').trim());
    }
  }
  return out;
}

let t: TestAssistant;
let ws: Workspace;
beforeAll(async () => {
  t = await buildTestAssistant();
  ws = await makeWorkspace();
});
afterAll(async () => {
  await t.close();
  await rm(ws.dir, { recursive: true, force: true });
});

it('answers every bench question the same through the assistant and through `liaison ask`', async () => {
  const questions = await benchQuestions();
  expect(questions.length).toBeGreaterThan(400);
  const cli = await liaison(ws, ['ask', '--json'], { stdin: questions.join('\n'), env: { LIAISON_INDEX_DIR: await starterIndexDir() } });
  expect(cli.code).toBe(0);
  const lines = jsonLines(cli.stdout);
  expect(lines).toHaveLength(questions.length);

  const differ: string[] = [];
  for (const [i, question] of questions.entries()) {
    const [reply] = (await t.assistant.handle(inbound({ kind: 'message', text: question }))) as [Reply];
    const viaCli = lines[i]!;
    const same =
      reply.kind === 'answer'
        ? viaCli.grounded === reply.grounded &&
          reply.text.startsWith(String(viaCli.answer)) &&
          JSON.stringify((reply.sources ?? []).map((s) => s.source).sort()) === JSON.stringify((viaCli.sources as { source: string }[]).map((s) => s.source).sort())
        : typeof viaCli.error === 'string' && reply.text.startsWith(viaCli.error);
    if (!same) differ.push(question);
  }
  expect(differ).toEqual([]);
}, 120_000); // 900 answers: a few seconds alone, longer on a busy machine
