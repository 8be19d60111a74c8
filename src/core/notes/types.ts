// Shapes shared by the offline (rules) and LLM extractors of action items from meeting notes.
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Mention } from '../messages.js';
import type { Logger } from '../../log.js';

export type DueFlag = 'unparsed' | 'vague';

export interface ExtractedItem {
  /** As written in the notes ("Ms. Alvarez", "@dana.r", "Tom"); "I" becomes the poster's name when known. */
  owners: string[];
  /** Imperative and concise, without the owner and the date phrase. */
  task: string;
  /** YYYY-MM-DD, or null when the notes gave no clear date. */
  due: string | null;
  /** The phrase the due date came from ("by next Friday"). */
  dueText?: string;
  dueFlag?: DueFlag;
  /** A date kept but worth a second look ("12/5 read as 5 Dec 2027: did you mean a date just past?"). */
  dueWarning?: string;
  /** The source line, trimmed. */
  quote: string;
}

export interface ExtractOptions {
  /** The meeting's calendar date, YYYY-MM-DD; every relative date is read from it. */
  meetingDate: string;
  /** Display name of the person who posted the notes; replaces "I" as an owner. */
  poster?: string;
  /** IANA zone of the team. Dates are calendar dates, so it only labels them today. */
  timeZone?: string;
  /** Names (and aliases) of the directory's partners: the only people a model sees by name. */
  partners?: readonly string[];
}

export interface ExtractResult {
  items: ExtractedItem[];
  /** People the notes' own chat markup named (pasted from Slack or Teams), read as @handles. */
  mentions: Mention[];
  mode: 'rules' | 'llm';
  /** Shown to the person when the LLM path failed and the rules answered instead. */
  fallback?: string;
}

export interface Extractor {
  extract(notes: string, opts: ExtractOptions): Promise<ExtractResult>;
}

export interface ExtractorDeps {
  /** A LangChain chat model (src/core/llm.ts); without one the rules extract. */
  llm?: BaseChatModel | Promise<BaseChatModel>;
  /** The model's name, for logs. */
  chatModel?: string;
  /** The chat deadline for the LLM path (retries included); past it the rules answer. */
  timeoutMs?: number;
  log?: Logger;
}
