// Card buttons are Action.Execute: the verb is the core action id, the data carries the button's value,
// the Reply.context to echo back and the thread. An input beside the button (a choice, a date) comes
// back in the same data under the input's id. Each carries an Action.Submit fallback for Teams clients
// without Universal Actions: its press arrives as a message whose value holds the same data plus the
// verb. A button that opens a form is an Action.Submit opening a dialog (task/fetch), with the same data.
import type { ReplyAction } from '../../../core/messages.js';

export interface ExecuteData {
  v?: string;
  c?: Record<string, string>;
  t?: string;
  /** The id of the input whose value is the action's value. */
  in?: string;
  /** The view the card belongs to (a card that refreshes for its person; see views.ts). */
  r?: string;
  [input: string]: unknown;
}

export interface SubmitData extends ExecuteData {
  verb: string;
  msteams?: { type: 'task/fetch' };
}

export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: SubmitData;
  style?: 'positive' | 'destructive';
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ExecuteData;
  style?: 'positive' | 'destructive';
  fallback?: SubmitAction;
}

export type CardAction = ExecuteAction | SubmitAction;

function dataOf(action: ReplyAction, context?: Record<string, string>, thread?: string, input?: string): ExecuteData {
  const data: ExecuteData = {};
  if (action.value !== undefined) data.v = action.value;
  if (context && Object.keys(context).length) data.c = context;
  if (thread) data.t = thread;
  if (input) data.in = input;
  return data;
}

const styleOf = (action: ReplyAction) => (action.style ? { style: action.style === 'primary' ? ('positive' as const) : ('destructive' as const) } : {});

export function encodeAction(action: ReplyAction, context?: Record<string, string>, thread?: string, input?: string): ExecuteAction {
  const data = dataOf(action, context, thread, input);
  const title = action.label.slice(0, 75);
  return { type: 'Action.Execute', title, verb: action.id, data, ...styleOf(action), fallback: { type: 'Action.Submit', title, data: { ...data, verb: action.id }, ...styleOf(action) } };
}

/** A button whose press opens a dialog (task/fetch) with the form the core action answers. */
export function encodeDialogAction(action: ReplyAction, context?: Record<string, string>, thread?: string): SubmitAction {
  return { type: 'Action.Submit', title: action.label.slice(0, 75), data: { ...dataOf(action, context, thread), verb: action.id, msteams: { type: 'task/fetch' } }, ...styleOf(action) };
}

/** Actions whose answer replaces the card they were pressed on (a proposal, a reminder, the notes box). */
export const replacesCard = (verb: string): boolean => /^(?:proposal|commitment|notes)\./.test(verb);

export const verbOf = (a: CardAction): string => (a.type === 'Action.Execute' ? a.verb : a.data.verb);

/** The verb an Action.Submit press carries (a message's or a dialog invoke's value), if it is one of Liaison's. */
export function submittedVerb(value: unknown): string | undefined {
  const verb = (value as { verb?: unknown } | null | undefined)?.verb;
  return typeof verb === 'string' && verb ? verb : undefined;
}

const CODEC_KEYS = new Set(['v', 'c', 't', 'in', 'r', 'verb', 'msteams']);

/** The core action behind an Action.Execute (invoke value.action) or an Action.Submit fallback. */
export function decodeAction(verb: string, data: ExecuteData | undefined): { id: string; value?: string; data: Record<string, unknown>; thread?: string; view?: string } {
  const d = data ?? {};
  const chosen = d.in ? d[d.in] : undefined;
  const value = typeof chosen === 'string' && chosen ? chosen : d.v;
  const inputs = Object.fromEntries(Object.entries(d).filter(([k]) => !CODEC_KEYS.has(k)));
  return { id: verb, ...(value !== undefined ? { value } : {}), data: { ...inputs, ...(d.c ?? {}) }, ...(d.t ? { thread: d.t } : {}), ...(d.r ? { view: d.r } : {}) };
}
