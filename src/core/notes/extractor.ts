// The Extractor seam: the LLM with structured output when configured, the rules otherwise, and the
// rules again (with a note for the person) whenever the LLM path fails in any way.
import type OpenAI from 'openai';
import { silentLogger, type Logger } from '../../log.js';
import { loadPrompt, render } from '../prompts.js';
import { parseIso } from './calendar.js';
import { DATE_CONVENTION, farDateWarning, resolveDate } from './dates.js';
import { findNextMeeting } from './date-find.js';
import { ITEMS_JSON_SCHEMA, llmItemsSchema, type LlmItems } from './llm-schema.js';
import { resolveOwners } from './owners.js';
import { readMentions } from './mentions.js';
import { redact } from './redact.js';
import { extractActions } from './rules.js';
import { checkNotesSize } from './size.js';
import type { ExtractOptions, ExtractedItem, Extractor, ExtractorDeps } from './types.js';

export const FALLBACK_NOTE =
  "The AI service was unavailable, so these items were found by Liaison's built-in rules. Please check them before you confirm.";

const DEFAULT_MODEL = 'gpt-4o-mini';

export interface CreateExtractorOptions extends ExtractorDeps {
  /** Folder holding extract-actions.md; defaults to the repository's prompts/. */
  promptsDir?: string;
}

export function createExtractor(deps: CreateExtractorOptions = {}): Extractor {
  const log = deps.log ?? silentLogger;
  return {
    async extract(raw, opts) {
      checkNotesSize(raw);
      // Chat markup pasted with the notes reads as @handles; the people behind them come back as mentions.
      const { text: notes, mentions } = readMentions(raw);
      const checked = (items: ExtractedItem[]) => items.map((i) => withDueWarning(i, opts.meetingDate));
      if (!deps.llm) return { items: checked(extractActions(notes, opts)), mode: 'rules', mentions };
      try {
        const items = await extractWithLlm(deps.llm, deps.chatModel ?? DEFAULT_MODEL, notes, opts, log, deps.promptsDir);
        return { items: checked(items), mode: 'llm', mentions };
      } catch (err) {
        log.warn({ err: describe(err), bytes: notes.length }, 'notes: LLM extraction failed; using rules');
        return { items: checked(extractActions(notes, opts)), mode: 'rules', fallback: FALLBACK_NOTE, mentions };
      }
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

const WEEKDAY = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

async function extractWithLlm(
  llm: OpenAI,
  model: string,
  notes: string,
  opts: ExtractOptions,
  log: Logger,
  promptsDir?: string,
): Promise<ExtractedItem[]> {
  const safe = redact(notes);
  const prompt = await loadPrompt('extract-actions', promptsDir);
  const system = render(prompt, {
    meetingDate: opts.meetingDate,
    meetingWeekday: WEEKDAY[new Date(`${opts.meetingDate}T12:00:00Z`).getUTCDay()] ?? '',
    poster: opts.poster ?? 'an unnamed team member',
    convention: DATE_CONVENTION,
  });
  const completion = await llm.chat.completions.create({
    model,
    temperature: 0,
    messages: [
      { role: 'system', content: system },
      { role: 'user', content: `<notes>\n${safe.text.replace(/<\/?notes>/gi, '')}\n</notes>` },
    ],
    response_format: { type: 'json_schema', json_schema: { name: 'action_items', strict: true, schema: ITEMS_JSON_SCHEMA } },
  });
  const content = completion.choices[0]?.message?.content;
  if (!content) throw new Error('empty completion');
  const parsed = llmItemsSchema.parse(JSON.parse(content));
  const items = validate(parsed, safe.text, notes, opts);
  log.info({ proposed: parsed.items.length, kept: items.length, redacted: safe.count }, 'notes: LLM extraction');
  return items;
}

const squash = (s: string) => s.toLowerCase().replace(/[\s*_`]+/g, ' ').trim();

/** Keeps items whose quote is really in the notes, and re-reads every date by our convention. */
export function validate(parsed: LlmItems, sentNotes: string, originalNotes: string, opts: ExtractOptions): ExtractedItem[] {
  const haystacks = [squash(sentNotes), squash(originalNotes)];
  const ctx = { nextMeeting: findNextMeeting(originalNotes, opts.meetingDate) };
  const out: ExtractedItem[] = [];
  for (const raw of parsed.items) {
    const quote = raw.quote.trim().replace(/^[-*•]\s+/, '');
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
