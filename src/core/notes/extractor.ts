// The Extractor seam: the LLM with structured output when configured, the rules otherwise, and the
// rules again (with a note for the person) whenever the LLM path fails in any way. The LLM path is a
// LangChain runnable (prompt -> model.withStructuredOutput(zod schema)) with the rules as its
// `withFallbacks` fallback.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Runnable, RunnableConfig } from '@langchain/core/runnables';
import { langchainCore } from '../langchain.js';
import { silentLogger, type Logger } from '../../log.js';
import { loadChatPrompt, strictPrompt } from '../prompts.js';
import { parseIso } from './calendar.js';
import { DATE_CONVENTION, farDateWarning, resolveDate } from './dates.js';
import { findNextMeeting } from './date-find.js';
import { llmItemsSchema, type LlmItems } from './llm-schema.js';
import { resolveOwners } from './owners.js';
import { readMentions } from './mentions.js';
import { createNameMask, type NameMask } from '../privacy/pseudonyms.js';
import { redact } from '../privacy/redact.js';
import { extractActions } from './rules.js';
import { BULLET } from './segment.js';
import { checkNotesSize } from './size.js';
import type { ExtractOptions, ExtractedItem, Extractor, ExtractorDeps } from './types.js';

export const FALLBACK_NOTE =
  "The AI service was unavailable, so these items were found by Liaison's built-in rules. Please check them before you confirm.";

const DEFAULT_MODEL = 'gpt-4o-mini';

export interface CreateExtractorOptions extends ExtractorDeps {
  /** Folder holding extract-actions.md; defaults to the repository's prompts/. */
  promptsDir?: string;
}

/** What the extraction runnable takes: notes already read for mentions, and the meeting's context. */
export interface ExtractionInput {
  notes: string;
  opts: ExtractOptions;
}

export interface ExtractionOutput {
  items: ExtractedItem[];
  mode: 'rules' | 'llm';
  fallback?: string;
}

/**
 * Extraction as a runnable: the LLM path with the rules as its fallback (any failure: HTTP error,
 * the deadline, a reply that does not fit the schema).
 */
export async function createExtractionRunnable(
  deps: CreateExtractorOptions & { llm: BaseChatModel | Promise<BaseChatModel> },
): Promise<Runnable<ExtractionInput, ExtractionOutput>> {
  const log = deps.log ?? silentLogger;
  const [{ RunnableLambda }, llm] = await Promise.all([langchainCore(), deps.llm]);
  const llmPath = RunnableLambda.from(async (input: ExtractionInput, config): Promise<ExtractionOutput> => {
    try {
      return { items: await extractWithLlm(llm, input.notes, input.opts, log, config, deps.promptsDir), mode: 'llm' };
    } catch (err) {
      log.warn({ err: describe(err), bytes: input.notes.length, model: deps.chatModel ?? DEFAULT_MODEL }, 'notes: LLM extraction failed; using rules');
      throw err;
    }
  }).withConfig({ runName: 'LiaisonLlmExtraction', ...(deps.timeoutMs !== undefined ? { timeout: deps.timeoutMs } : {}) });
  const rules = RunnableLambda.from(
    (input: ExtractionInput): ExtractionOutput => ({ items: extractActions(input.notes, input.opts), mode: 'rules', fallback: FALLBACK_NOTE }),
  ).withConfig({ runName: 'LiaisonRulesExtraction' });
  return llmPath.withFallbacks([rules]);
}

export function createExtractor(deps: CreateExtractorOptions = {}): Extractor {
  // Built on the first notes, so LangChain loads only when a model is used.
  let runnable: Promise<Runnable<ExtractionInput, ExtractionOutput>> | undefined;
  const llm = deps.llm;
  return {
    async extract(raw, opts) {
      checkNotesSize(raw);
      // Chat markup pasted with the notes reads as @handles; the people behind them come back as mentions.
      const { text: notes, mentions } = readMentions(raw);
      const checked = (items: ExtractedItem[]) => items.map((i) => withDueWarning(i, opts.meetingDate));
      if (!llm) return { items: checked(extractActions(notes, opts)), mode: 'rules', mentions };
      runnable ??= createExtractionRunnable({ ...deps, llm });
      const out = await (await runnable).invoke({ notes, opts });
      return { ...out, items: checked(out.items), mentions };
    },
  };
}

function withDueWarning(item: ExtractedItem, meetingDate: string): ExtractedItem {
  const dueWarning = farDateWarning(item.dueText, item.due, meetingDate);
  return dueWarning ? { ...item, dueWarning } : item;
}

/** Error summary for the log without any of the notes' text. */
function describe(err: unknown): { name: string; status?: number } {
  const e = err as { name?: string; status?: number };
  return { name: e?.name ?? 'Error', status: typeof e?.status === 'number' ? e.status : undefined };
}

async function extractWithLlm(
  llm: BaseChatModel,
  notes: string,
  opts: ExtractOptions,
  log: Logger,
  config: RunnableConfig,
  promptsDir?: string,
): Promise<ExtractedItem[]> {
  // Details and the names of people who are not partners stay here; the model sees placeholders.
  const safe = redact(notes);
  const mask = await createNameMask([...(opts.partners ?? []), ...(opts.poster ? [opts.poster] : [])]);
  const sent = mask.mask(safe.text);
  const template = await loadChatPrompt('extract-actions', { dir: promptsDir, role: 'system', then: [['human', '<notes>\n{{notes}}\n</notes>']] });
  const structured = llm.withStructuredOutput(llmItemsSchema, { name: 'action_items', method: 'jsonSchema', strict: true });
  const answer = await (await strictPrompt(template, 'extract-actions'))
    .pipe(structured)
    .invoke(
      {
        meetingDate: opts.meetingDate,
        meetingWeekday: new Date(`${opts.meetingDate}T12:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
        poster: opts.poster ?? 'an unnamed team member',
        convention: DATE_CONVENTION,
        notes: sent.replace(/<\/?notes>/gi, ''),
      },
      config,
    );
  // withStructuredOutput parses the reply; checking it again keeps a lenient server honest.
  const parsed = llmItemsSchema.parse(answer);
  const items = validate(parsed, sent, notes, opts).map((item) => restoreNames(item, mask, notes));
  log.info({ proposed: parsed.items.length, kept: items.length, redacted: safe.count, named: mask.size }, 'notes: LLM extraction');
  return items;
}

/** The item with each placeholder read back as the person's name, and its quote as the notes' own line. */
function restoreNames(item: ExtractedItem, mask: NameMask, notes: string): ExtractedItem {
  if (!mask.size) return item;
  const quoted = squash(item.quote);
  // Masking is the same for a line as for the whole text, so the line the quote came from is found as it was written.
  const line = notes.split('\n').find((l) => squash(mask.mask(l)).replace(BULLET, '') === quoted.replace(BULLET, ''));
  return {
    ...item,
    owners: item.owners.map((o) => mask.unmask(o)),
    task: mask.unmask(item.task),
    quote: line ? line.trim() : mask.unmask(item.quote),
    ...(item.dueText ? { dueText: mask.unmask(item.dueText) } : {}),
  };
}

const squash = (s: string) => s.toLowerCase().replace(/[\s*_`]+/g, ' ').trim();

/** Keeps items whose quote is really in the notes, and re-reads every date by our convention. */
export function validate(parsed: LlmItems, sentNotes: string, originalNotes: string, opts: ExtractOptions): ExtractedItem[] {
  const haystacks = [squash(sentNotes), squash(originalNotes)];
  const ctx = { nextMeeting: findNextMeeting(originalNotes, opts.meetingDate) };
  const out: ExtractedItem[] = [];
  for (const raw of parsed.items) {
    const quote = raw.quote.trim().replace(BULLET, '');
    const task = raw.task.trim();
    if (!quote || !task || !haystacks.some((h) => h.includes(squash(quote)))) continue;
    const item: ExtractedItem = {
      owners: resolveOwners(raw.owners.map((o) => o.trim()).filter(Boolean), opts.poster),
      task,
      due: null,
      quote: raw.quote.trim(),
    };
    const fromText = raw.dueText ? resolveDate(raw.dueText, opts.meetingDate, ctx) : null;
    if (raw.dueText) item.dueText = raw.dueText;
    if (fromText?.due) item.due = fromText.due;
    else if (raw.due && parseIso(raw.due)) item.due = raw.due;
    else if (raw.due || raw.dueText) item.dueFlag = fromText?.flag ?? raw.dueFlag ?? 'unparsed';
    else if (raw.dueFlag) item.dueFlag = raw.dueFlag;
    out.push(item);
  }
  return out;
}
