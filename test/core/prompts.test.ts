import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPrompt, parsePrompt, render } from '../../src/core/prompts.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'liaison-prompts-'));
  await writeFile(path.join(dir, 'greet.md'), 'Hello {{name}}, about {{ topic }}. Again: {{name}}.');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('prompts', () => {
  it('loads a prompt by name and lists its placeholders once each', async () => {
    const p = await loadPrompt('greet', dir);
    expect(p.placeholders).toEqual(['name', 'topic']);
    expect(render(p, { name: 'Ana', topic: 'SSI' })).toBe('Hello Ana, about SSI. Again: Ana.');
  });

  it('fails naming the placeholder that has no value', async () => {
    const p = await loadPrompt('greet', dir);
    expect(() => render(p, { name: 'Ana' })).toThrow(/\{\{topic\}\}/);
    expect(() => render(p, {})).toThrow(/\{\{name\}\}, \{\{topic\}\}/);
  });

  it('does not expand placeholders that arrive inside values', () => {
    const p = parsePrompt('t', 'Q: {{question}}\nS: {{sources}}');
    expect(render(p, { question: 'what is {{sources}}?', sources: 'none' })).toBe('Q: what is {{sources}}?\nS: none');
  });

  it('says which prompt file is missing', async () => {
    await expect(loadPrompt('nope', dir)).rejects.toThrow(/Prompt "nope" could not be read/);
  });

  it('ships an answer prompt with the question and sources placeholders', async () => {
    const p = await loadPrompt('answer');
    expect(p.placeholders.sort()).toEqual(['question', 'sources']);
  });
});
