// Card buttons are Action.Execute: the verb is the core action id, the data carries the button's value,
// the Reply.context to echo back and the thread. An input beside the button (a choice, a date) comes
// back in the same data under the input's id.
import type { ReplyAction } from '../../../core/messages.js';

export interface ExecuteData {
  v?: string;
  c?: Record<string, string>;
  t?: string;
  /** The id of the input whose value is the action's value. */
  in?: string;
  [input: string]: unknown;
}

export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: ExecuteData;
  style?: 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
}

export function encodeAction(action: ReplyAction, context?: Record<string, string>, thread?: string, input?: string): ExecuteAction {
  const data: ExecuteData = {};
  if (action.value !== undefined) data.v = action.value;
  if (context && Object.keys(context).length) data.c = context;
  if (thread) data.t = thread;
  if (input) data.in = input;
  return {
    type: 'Action.Execute',
    title: action.label.slice(0, 75),
    verb: action.id,
    data,
    ...(action.style ? { style: action.style === 'primary' ? 'positive' : 'destructive' } : {}),
  };
}

/** The core action behind an Action.Execute (invoke value.action) or an Action.Submit fallback. */
export function decodeAction(verb: string, data: ExecuteData | undefined): { id: string; value?: string; data: Record<string, unknown>; thread?: string } {
  const d = data ?? {};
  const chosen = d.in ? d[d.in] : undefined;
  const value = typeof chosen === 'string' && chosen ? chosen : d.v;
  const inputs = Object.fromEntries(Object.entries(d).filter(([k]) => !['v', 'c', 't', 'in', 'verb'].includes(k)));
  return { id: verb, ...(value !== undefined ? { value } : {}), data: { ...inputs, ...(d.c ?? {}) }, ...(d.t ? { thread: d.t } : {}) };
}
