// Rendering: one core Reply, rendered for Slack and for Teams, says the same things (a feature is
// written once); long replies stay under Teams' card size limit; buttons round-trip.
import { describe, expect, it } from 'vitest';
import { renderMessages } from '../../../src/channels/slack/render/blocks.js';
import { decodeAction, verbOf } from '../../../src/channels/teams/render/action-codec.js';
import { CARD_BUDGET, renderCards } from '../../../src/channels/teams/render/cards.js';
import { hint, hinted } from '../../../src/core/hints.js';
import type { Reply } from '../../../src/core/messages.js';
import { visibleText } from '../slack/harness.js';
import { cardText } from './harness.js';

const said = hinted`Pre-ETS has five required activities [1]. To log notes, use ${hint('notes')}.`;
const answer: Reply = {
  kind: 'answer',
  ...said,
  audience: { kind: 'conversation' },
  grounded: true,
  context: { answerId: 'a-1' },
  sources: [
    { n: 1, source: 'guides/pre-ets.md', title: 'Pre-Employment Transition Services', score: 0.8 },
    { n: 2, source: 'directory.json', title: 'Maple County DVR', url: 'https://dvr.example.org', score: 0.6, contact: { phones: ['555-0100'] } },
  ],
};

describe('one Reply, two channels', () => {
  it('carries the same answer, hint, numbered sources and feedback buttons to Slack and Teams', () => {
    const slack = renderMessages(answer);
    const teams = renderCards(answer);
    expect(slack).toHaveLength(1);
    expect(teams).toHaveLength(1);
    const s = visibleText(slack[0] as unknown as Record<string, unknown>);
    const t = cardText(teams[0] as unknown as Record<string, unknown>);
    // The same words, each in its own idiom for the command.
    expect(s).toContain('Pre-ETS has five required activities [1]. To log notes, use `/liaison notes`.');
    expect(t).toContain('Pre-ETS has five required activities [1]. To log notes, use **notes**.');
    for (const text of [s, t]) {
      expect(text).toMatch(/\[1\]\*{1,2} \*{1,2}Pre-Employment Transition Services/);
      expect(text).toContain('Maple County DVR');
      expect(text).toContain('555-0100');
    }
    const slackButtons = slack[0]!.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])).map((e) => (e as { action_id: string }).action_id.replace(/^liaison:|:\d+$/g, ''));
    const teamsButtons = (teams[0]!.actions ?? []).map(verbOf);
    expect(teamsButtons).toEqual(slackButtons);
    expect(teamsButtons).toEqual(['feedback', 'feedback']);
    // Both echo the reply context back with the press.
    expect(decodeAction('feedback', teams[0]!.actions![0]!.data)).toMatchObject({ value: 'up', data: { answerId: 'a-1' } });
  });

  it('splits a long answer into cards under the size budget, buttons on the last', () => {
    const long: Reply = { ...answer, text: Array.from({ length: 400 }, (_, i) => `Paragraph ${i}: ${'transition services '.repeat(10)}`).join('\n\n'), hints: [] };
    const cards = renderCards(long);
    expect(cards.length).toBeGreaterThan(1);
    for (const c of cards) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(CARD_BUDGET + 2_000);
    expect(cards.slice(0, -1).every((c) => !c.actions)).toBe(true);
    expect(cards.at(-1)!.actions).toHaveLength(2);
    expect(cards.map((c) => cardText(c as unknown as Record<string, unknown>)).join('\n')).toContain('Paragraph 399');
  });

  it('keeps every card of a long proposal under Teams\' 28 KB message limit, fallbacks included, buttons on the last', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({
      n: i + 1,
      owners: [{ name: 'Dana Alvarez', resolved: true }],
      task: `send the VR application packet and the release forms to the family, item ${i + 1} ${'with the signed consent '.repeat(4)}`,
      due: '2026-12-04',
      quote: 'Dana Alvarez will send the VR application packet to the family by Friday '.repeat(2),
    }));
    const cards = renderCards({ kind: 'proposal', text: 'Found 120 action items.', items, audience: { kind: 'requester' }, context: { proposalId: 'p-1' } });
    expect(cards.length).toBeGreaterThan(1);
    for (const c of cards) expect(Buffer.byteLength(JSON.stringify(c))).toBeLessThan(28 * 1024);
    expect(cards.slice(0, -1).every((c) => !c.actions)).toBe(true);
    expect(cards.at(-1)!.actions!.map(verbOf)).toEqual(['proposal.confirm', 'proposal.edit', 'proposal.cancel']);
    expect(cards.map((c) => cardText(c as unknown as Record<string, unknown>)).join('\n')).toContain('item 120');
  });

  it('shows an error with its reference id', () => {
    const [card] = renderCards({ kind: 'error', text: 'Sorry, that failed.', ref: 'LSN-ABCD1234', audience: { kind: 'requester' } });
    expect(cardText(card as unknown as Record<string, unknown>)).toContain('LSN-ABCD1234');
  });

  it('reads the chosen value of a choice set back as the action value', () => {
    const [card] = renderCards({ kind: 'notice', text: 'Due Friday', audience: { kind: 'conversation' }, actions: [{ id: 'commitment.snooze', label: 'Snooze', value: 'c1', choices: [{ value: '1', label: '1 day' }, { value: '7', label: '1 week' }] }] });
    const action = card!.actions![0]!;
    expect(decodeAction(verbOf(action), { ...action.data, [action.data.in as string]: '7' })).toMatchObject({ id: 'commitment.snooze', value: '7' });
    expect(decodeAction(verbOf(action), action.data)).toMatchObject({ value: 'c1' });
  });
});
