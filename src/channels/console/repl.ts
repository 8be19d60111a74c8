// A console chat over the same assistant Slack and Teams use (`npx liaison chat`).
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
  'Liaison console. Ask a question and press Enter.',
  'Commands: /notes (paste meeting notes, end with a line holding a single "."), /link <plan>, /plan,',
  '/done <n>, /followups on|off, /help, /quit. After a proposal, type "confirm" or "cancel".',
].join('\n');

export async function runRepl(opts: ReplOptions): Promise<void> {
  const rl = createInterface({ input: opts.input, output: opts.output, terminal: false });
  const write = (s: string) => opts.output.write(`${s}\n`);
  const where = { platform: 'console' as const, id: 'console', kind: 'dm' as const };
  const from = { platform: 'console' as const, userId: opts.user, name: opts.user };
  // Inbound ids must be unique across sessions (the assistant drops repeats), so each run gets its own.
  const session = randomUUID().slice(0, 8);
  let seq = 0;
  let lastProposal: Record<string, string> | undefined;
  let notesBuffer: string[] | null = null;

  const send = async (partial: Pick<Inbound, 'kind' | 'text'> & Partial<Inbound>) => {
    const replies: Reply[] = await opts.assistant.handle({ id: `console-${session}-${++seq}`, from, where, addressed: true, receivedAt: opts.clock.now(), ...partial });
    for (const r of replies) {
      if (r.kind === 'proposal') lastProposal = r.context;
      write(renderText(r));
      write('');
    }
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
    if ((t === 'confirm' || t === 'cancel') && lastProposal) {
      await send({ kind: 'action', text: '', action: { id: `proposal.${t}`, data: lastProposal } });
      lastProposal = undefined;
      continue;
    }
    if (t.startsWith('/')) {
      const [name = 'help', ...args] = t.slice(1).split(/\s+/);
      await send({ kind: 'command', text: args.join(' '), command: { name, args } });
      continue;
    }
    await send({ kind: 'message', text: t });
  }
  rl.close();
}
