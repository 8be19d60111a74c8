// One wiring (issue 11): every question of every folder gets the same reply through the assistant
// (what Slack, Teams and the console call) as through `liaison ask --json`, both built from the same
// settings by the same factories. The bench prints how many agree, per folder.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { loadConfig } from '../src/config.js';
import { runCli } from '../src/cli/run.js';
import type { Reply } from '../src/core/messages.js';
import { silentLogger } from '../src/log.js';
import { buildServices } from '../src/services.js';
import { benchClock, BENCH_NOW } from './clock.js';

export interface WiringFigures {
  folder: string;
  questions: number;
  same: number;
}

export async function oneWiring(folder: string, indexDir: string, questions: string[]): Promise<WiringFigures> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'liaison-bench-wiring-'));
  const env = { LIAISON_DATA_DIR: dataDir, LIAISON_INDEX_DIR: indexDir };
  const asked = questions.map((q) => q.replace(/\s+/g, ' ').trim());
  try {
    const out = new PassThrough();
    const chunks: Buffer[] = [];
    out.on('data', (c: Buffer) => chunks.push(c));
    await runCli(['ask', '--json'], {
      stdin: Object.assign(Readable.from([Buffer.from(asked.join('\n'))]), { isTTY: false }),
      stdout: out,
      stderr: new PassThrough(),
      loadConfig: () => loadConfig(env, dataDir),
      now: () => new Date(BENCH_NOW),
      user: 'bench',
    });
    const viaCli = Buffer.concat(chunks).toString('utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as { answer?: string; grounded?: boolean; error?: string; sources?: { source: string }[] });
    const services = await buildServices(loadConfig(env, dataDir), silentLogger, { clock: benchClock() });
    let same = 0;
    try {
      for (const [i, text] of asked.entries()) {
        const [reply] = (await services.assistant.handle({ id: `wiring-${i}`, kind: 'message', text, addressed: true, from: { platform: 'web', userId: 'bench' }, where: { platform: 'web', id: 'bench', kind: 'dm' }, receivedAt: new Date(BENCH_NOW) })) as [Reply];
        const cli = viaCli[i];
        const sources = (xs: { source: string }[] = []) => JSON.stringify(xs.map((x) => x.source).sort());
        const agree =
          !!cli &&
          (reply.kind === 'answer'
            ? cli.grounded === reply.grounded && reply.text.startsWith(String(cli.answer)) && sources(reply.sources) === sources(cli.sources)
            : typeof cli.error === 'string' && reply.text.startsWith(cli.error));
        if (agree) same += 1;
      }
    } finally {
      await services.close();
    }
    return { folder, questions: asked.length, same };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
