// Prompts are data: one Markdown file per job under prompts/, with {{named}} placeholders, loaded
// by name and cached. Rendering fails loudly when a placeholder has no value, so a renamed
// variable is caught by the first test rather than sent to the model as "{{question}}".
import { readFile } from 'node:fs/promises';
import type { ChatPromptValueInterface } from '@langchain/core/prompt_values';
import type { ChatPromptTemplate } from '@langchain/core/prompts';
import type { Runnable } from '@langchain/core/runnables';
import { langchainCore } from './langchain.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LiaisonError } from './errors.js';

export interface Prompt {
  name: string;
  template: string;
  /** Placeholder names in the order they first appear. */
  placeholders: string[];
}

/** The repository's prompts/ folder (src/core -> ../../prompts). */
export const DEFAULT_PROMPTS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../prompts');

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const cache = new Map<string, Promise<Prompt>>();

export function parsePrompt(name: string, template: string): Prompt {
  const placeholders: string[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) if (!placeholders.includes(m[1]!)) placeholders.push(m[1]!);
  return { name, template, placeholders };
}

/** Reads prompts/<name>.md once per directory; later calls share the same promise. */
export function loadPrompt(name: string, dir: string = DEFAULT_PROMPTS_DIR): Promise<Prompt> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    return Promise.reject(new LiaisonError('internal', `Prompt name "${name}" is not a kebab-case file name.`));
  }
  const file = path.join(dir, `${name}.md`);
  let p = cache.get(file);
  if (!p) {
    p = readFile(file, 'utf8').then(
      (text) => parsePrompt(name, text),
      (err: unknown) => {
        cache.delete(file);
        throw new LiaisonError('internal', `Prompt "${name}" could not be read from ${file}; restore the file from the repository.`, { cause: err });
      },
    );
    cache.set(file, p);
  }
  return p;
}

/**
 * Fills every {{name}} with vars[name]. Throws naming each placeholder without a value. Values are
 * inserted once, as they are: a value that itself contains "{{x}}" is not expanded again.
 */
export function render(prompt: Prompt, vars: Record<string, string>): string {
  const missing = prompt.placeholders.filter((p) => typeof vars[p] !== 'string');
  if (missing.length) {
    throw new LiaisonError(
      'internal',
      `Prompt "${prompt.name}" needs a value for ${missing.map((m) => `{{${m}}}`).join(', ')}; pass it to render().`,
    );
  }
  return prompt.template.replace(PLACEHOLDER, (_, key: string) => vars[key]!);
}

export type PromptRole = 'system' | 'human';

/**
 * prompts/<name>.md as a LangChain ChatPromptTemplate (mustache, so the files keep their {{name}}
 * placeholders; values are inserted as they are, never expanded again). The file is the message of
 * `role`; `then` adds messages after it (for example the user's text, kept out of the instructions).
 * A placeholder without a value fails when the template is formatted, naming it.
 */
export async function loadChatPrompt(
  name: string,
  opts: { dir?: string; role?: PromptRole; then?: [PromptRole, string][] } = {},
): Promise<ChatPromptTemplate> {
  const [prompt, { ChatPromptTemplate }] = await Promise.all([loadPrompt(name, opts.dir), langchainCore()]);
  return ChatPromptTemplate.fromMessages([[opts.role ?? 'human', prompt.template], ...(opts.then ?? [])], { templateFormat: 'mustache' });
}

/**
 * The template as a runnable that first checks every placeholder has a string value (mustache
 * would quietly render a missing one as nothing), so a renamed variable fails the first test.
 */
export async function strictPrompt(template: ChatPromptTemplate, name: string): Promise<Runnable<Record<string, string>, ChatPromptValueInterface>> {
  const { RunnableLambda } = await langchainCore();
  return RunnableLambda.from((vars: Record<string, string>) => {
    const missing = template.inputVariables.filter((v) => typeof vars[v] !== 'string');
    if (missing.length) {
      throw new LiaisonError('internal', `Prompt "${name}" needs a value for ${missing.map((m) => `{{${m}}}`).join(', ')}.`);
    }
    return vars;
  }).pipe(template);
}
