// A console chat over the same assistant Slack and Teams use (`npx liaison chat`). The person at the
// terminal is the local operator: they can create, link and use plans here. It reads a terminal or a
// pipe (one message per line; a notes block ends with a line holding a single "."), and ends at the
// end of its input.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import type { Clock } from '../../core/clock.js';
import type { Assistant, Inbound, Reply } from '../../core/messages.js';
import { renderText } from './render.js';

export interface ReplOptions {
  assistant: Assistant;
  clock: Clock;
  user: string;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

const BANNER = [
  'Liaison console. Ask a question and press Enter; /help lists every command, /quit leaves.',
  'To log meeting notes: /create <label> (or /link <plan>), then /notes, paste the notes, end with a line holding a single ".", and type "confirm".',
].join('\n');

/** What the console adds to core's help: how to paste notes and answer a proposal here. */
const CONSOLE_HELP = [
  '',
  'In this console:',
  '- /notes, then paste the notes and end with a line holding a single "."',
  '- after I propose items: "confirm" logs them, "cancel" drops them; "again" logs notes already logged as a new meeting',
  '- when I question a plan label that reads as a name: "keep" keeps it',
  '- when more services fit a directory question than I listed: "more" shows the next ones',
  '- /quit (or the end of the input) leaves',
].join('\n');

/** Words typed after a reply with buttons, and the button each presses. */
const BUTTON_WORDS: Record<string, string> = { confirm: 'proposal.confirm', cancel: 'proposal.cancel', again: 'proposal.again', keep: 'plan.create.anyway', more: 'directory.more' };

export async function runRepl(opts: ReplOptions): Promise<void> {
  const rl = createInterface({ input: opts.input, output: opts.output, terminal: false });
  const write = (s: string) => opts.output.write(`${s}\n`);
  const where = { platform: 'console' as const, id: 'console', kind: 'dm' as const };
  const from = { platform: 'console' as const, userId: opts.user, name: opts.user };
  // Inbound ids must be unique across sessions (the assistant drops repeats), so each run gets its own.
  const session = randomUUID().slice(0, 8);
  let seq = 0;
  /** The buttons of the last reply that had some, and the context they echo back. */
  let buttons: { ids: Set<string>; values: Map<string, string>; context?: Record<string, string> } | undefined;
  let notesBuffer: string[] | null = null;

  const send = async (partial: Pick<Inbound, 'kind' | 'text'> & Partial<Inbound>, after?: string) => {
    const replies: Reply[] = await opts.assistant.handle({ id: `console-${session}-${++seq}`, from, where, addressed: true, receivedAt: opts.clock.now(), ...partial });
    for (const r of replies) {
      if (r.actions?.some((a) => Object.values(BUTTON_WORDS).includes(a.id))) {
        const values = new Map(r.actions.flatMap((a) => (a.value !== undefined ? [[a.id, a.value] as const] : [])));
        buttons = { ids: new Set(r.actions.map((a) => a.id)), values, ...(r.context ? { context: r.context } : {}) };
      }
      write(renderText(r));
      write('');
    }
    if (after) write(after);
  };

  write(BANNER);
  for await (const raw of rl) {
    const line = raw.replace(/\r$/, '');
    if (notesBuffer) {
      if (line.trim() === '.') {
        const text = notesBuffer.join('\n');
        notesBuffer = null;
        await send({ kind: 'notes', text });
      } else notesBuffer.push(line);
      continue;
    }
    const t = line.trim();
    if (!t) continue;
    if (t === '/quit' || t === '/exit') break;
    if (t === '/notes') {
      notesBuffer = [];
      write('Paste the notes; end with a line holding a single "."');
      continue;
    }
    const button = BUTTON_WORDS[t.toLowerCase()];
    if (button) {
      if (!buttons?.ids.has(button)) {
        write(`Nothing is waiting for "${t.toLowerCase()}" now.${button === 'directory.more' ? ' Ask for a kind of service first.' : ' Send notes with /notes first.'}\n`);
        continue;
      }
      const pressed = buttons;
      buttons = undefined;
      const value = pressed.values.get(button);
      await send({ kind: 'action', text: '', action: { id: button, ...(value !== undefined ? { value } : {}), ...(pressed.context ? { data: pressed.context } : {}) } });
      continue;
    }
    if (t.startsWith('/')) {
      const [name = 'help', ...args] = t.slice(1).split(/\s+/);
      await send({ kind: 'command', text: args.join(' '), command: { name, args } }, name.toLowerCase() === 'help' ? CONSOLE_HELP : undefined);
      continue;
    }
    await send({ kind: 'message', text: t });
  }
  rl.close();
}
