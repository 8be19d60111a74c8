// The hybrid search as a LangChain retriever, over the starter knowledge indexed offline, built on
// the one knowledge-search factory; and the example program that shows it, run as a child process.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document } from '@langchain/core/documents';
import { BaseRetriever } from '@langchain/core/retrievers';
import { RunnableLambda } from '@langchain/core/runnables';
import { describe, expect, it } from 'vitest';
import { createLiaisonRetriever } from '../../../src/index.js';
import { starterIndexDir } from '../../helpers/assistant.js';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('createLiaisonRetriever', () => {
  it('returns Documents with source, title, heading path, HSDS service id and score', async () => {
    const retriever = createLiaisonRetriever({ indexDir: await starterIndexDir(), k: 4 });
    expect(retriever).toBeInstanceOf(BaseRetriever);
    const docs = await retriever.invoke('summer internship for students with disabilities');
    expect(docs.length).toBeGreaterThan(0);
    expect(docs.length).toBeLessThanOrEqual(4);
    for (const d of docs) {
      expect(d).toBeInstanceOf(Document);
      expect(d.pageContent.length).toBeGreaterThan(0);
      expect(d.metadata).toMatchObject({ source: expect.any(String), title: expect.any(String), headingPath: expect.any(String), score: expect.any(Number) });
      expect(d.metadata.headingPath).toBe(d.metadata.headings.join(' > '));
    }
    const scores = docs.map((d) => d.metadata.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const hsds = docs.find((d) => d.metadata.serviceId);
    expect(hsds?.metadata.source).toMatch(/#/);
  });

  it('composes in a LangChain chain', async () => {
    const retriever = createLiaisonRetriever({ indexDir: await starterIndexDir(), k: 2 });
    const chain = retriever.pipe(RunnableLambda.from((docs: Document[]) => docs.map((d) => d.metadata.title as string)));
    const titles = await chain.invoke('Who decides VR eligibility?');
    expect(titles).toHaveLength(2);
  });
});

describe('examples/langchain-retriever.ts', () => {
  it('prints the documents as JSON lines, offline', async () => {
    const index = await starterIndexDir();
    // The source condition resolves `import ... from 'liaison'` to src/, so the test needs no build.
    const r = spawnSync(
      process.execPath,
      ['--conditions=liaison-source', '--import', 'tsx', path.join(REPO, 'examples/langchain-retriever.ts'), '--index', index, '--k', '3', 'How do I apply for SSI?'],
      { cwd: REPO, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH ?? '' } },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { pageContent: string; metadata: Record<string, unknown> });
    expect(lines).toHaveLength(3);
    for (const l of lines) {
      expect(Object.keys(l)).toEqual(['pageContent', 'metadata']);
      expect(l.metadata).toMatchObject({ source: expect.any(String), score: expect.any(Number) });
    }
  }, 60_000);
});
