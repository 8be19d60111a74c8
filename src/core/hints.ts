// What a person can do next, said without any platform's syntax. Core writes a hint (an action and
// its arguments) where a command belongs; each channel words it in its own idiom: a slash command
// in Slack, a typed command in the console, a command-menu word in Teams, a `liaison plan ...`
// command line in the terminal (see the channels' hints.ts).
//
//   hinted`Link one with ${hint('link', '<plan label>')}.`  ->  { text: 'Link one with {{hint:0}}.', hints: [...] }

export type HintAction =
  | 'ask' // ask a question
  | 'notes' // post meeting notes to log
  | 'create' // create a plan (args: label)
  | 'link' // link this conversation to a plan (args: label)
  | 'unlink' // unlink this conversation
  | 'plan' // list the linked plan's open commitments
  | 'plans' // list the plans the person can see
  | 'done' // close a commitment (args: n)
  | 'snooze' // move a commitment's due date (args: n, days)
  | 'followups' // answer follow-ups without a mention (args: on|off)
  | 'help';

export interface Hint {
  action: HintAction;
  args?: string[];
}

export interface Hinted {
  /** Text in which `{{hint:N}}` stands for hints[N]. */
  text: string;
  hints: Hint[];
}

/** How a channel words a hint (a command a person can type or press). */
export type Wording = (hint: Hint) => string;

export const hint = (action: HintAction, ...args: string[]): Hint => (args.length ? { action, args } : { action });

const isHint = (v: unknown): v is Hint => typeof v === 'object' && v !== null && 'action' in v;

/** Tagged template: strings and numbers are written as they are, hints become placeholders. */
export function hinted(strings: TemplateStringsArray, ...values: (string | number | Hint)[]): Hinted {
  const hints: Hint[] = [];
  let text = strings[0] ?? '';
  values.forEach((v, i) => {
    if (isHint(v)) {
      text += `{{hint:${hints.length}}}`;
      hints.push(v);
    } else text += String(v);
    text += strings[i + 1] ?? '';
  });
  return { text, hints };
}

/** Appends more text (and its hints) to a hinted text, renumbering the placeholders. */
export function joinHinted(parts: (Hinted | string)[], separator = ''): Hinted {
  const hints: Hint[] = [];
  const texts = parts.map((p) => {
    if (typeof p === 'string') return p;
    const offset = hints.length;
    hints.push(...p.hints);
    return p.text.replace(/\{\{hint:(\d+)\}\}/g, (_m, n: string) => `{{hint:${Number(n) + offset}}}`);
  });
  return { text: texts.join(separator), hints };
}

/** The text with every placeholder worded by the channel. */
export function wordHints(text: string, hints: Hint[] | undefined, word: Wording): string {
  if (!hints?.length) return text;
  return text.replace(/\{\{hint:(\d+)\}\}/g, (m, n: string) => {
    const h = hints[Number(n)];
    return h ? word(h) : m;
  });
}

/** A neutral wording for logs and for callers that have no channel: `"link JR-2027"`. */
export const plainWording: Wording = (h) => `"${[h.action, ...(h.args ?? [])].join(' ')}"`;
