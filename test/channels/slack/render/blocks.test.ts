import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../../src/channels/slack/render/action-codec.js';
import { renderMessages } from '../../../../src/channels/slack/render/blocks.js';
import type { Reply } from '../../../../src/core/messages.js';

type AnyBlock = { type: string; text?: { text: string }; elements?: { action_id: string; value: string }[] };

describe('Reply to Block Kit', () => {
  it('splits a very long answer into messages within Slack limits, buttons on the last one', () => {
    const paragraph = 'Pre-ETS covers job exploration counseling and work-based learning. '.repeat(40);
    const text = Array.from({ length: 60 }, (_, i) => `${i + 1}. ${paragraph}`).join('\n\n');
    const reply: Reply = {
      kind: 'answer',
      text,
      audience: { kind: 'conversation' },
      sources: Array.from({ length: 5 }, (_, i) => ({ n: i + 1, source: `s${i}.md`, title: `Source ${i + 1}`, score: 0.5 })),
      context: { answerId: 'x' },
    };
    const messages = renderMessages(reply);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      expect(m.blocks.length).toBeLessThanOrEqual(50);
      for (const b of m.blocks as AnyBlock[]) if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      expect(m.text.length).toBeLessThanOrEqual(3000);
    }
    const all = messages.flatMap((m) => m.blocks as AnyBlock[]);
    const shown = all.map((b) => b.text?.text ?? '').join(' ');
    expect(shown).toContain('60. Pre-ETS');
    expect(shown).toContain('*[5]* *Source 5*');
    const last = messages.at(-1)?.blocks.at(-1) as AnyBlock;
    expect(last.type).toBe('actions');
    expect(messages.slice(0, -1).flatMap((m) => m.blocks as AnyBlock[]).some((b) => b.type === 'actions')).toBe(false);
    const up = last.elements?.[0];
    expect(decodeButton(up?.action_id ?? '', up?.value)).toEqual({ id: 'feedback', value: 'up', data: { answerId: 'x' } });
  });

  it('shows the reference id on an error even when the text lacks it', () => {
    const [m] = renderMessages({ kind: 'error', text: 'The plan store is unavailable.', ref: 'LSN-0000BEEF', audience: { kind: 'requester' } });
    expect((m?.blocks as AnyBlock[]).map((b) => b.text?.text).join('\n')).toContain('LSN-0000BEEF');
  });
});

describe('buttons', () => {
  it('shows no feedback buttons when the assistant declined and sent none', () => {
    const [m] = renderMessages({ kind: 'answer', text: 'I do not know that.', grounded: false, actions: [], audience: { kind: 'conversation' } });
    expect((m?.blocks as AnyBlock[]).some((b) => b.type === 'actions')).toBe(false);
  });
});
