// A directory answer's contact cards in Slack and Teams: the same services, facts and conditions
// in each platform's idiom, and a "Show more" button whose press comes back with the next offset.
import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../../src/channels/slack/render/action-codec.js';
import { renderMessages } from '../../../src/channels/slack/render/blocks.js';
import { decodeAction, verbOf } from '../../../src/channels/teams/render/action-codec.js';
import { renderCards } from '../../../src/channels/teams/render/cards.js';
import { renderText } from '../../../src/channels/console/render.js';
import type { DirectoryAnswer } from '../../../src/core/skills/directory.js';
import { directoryReply } from '../../../src/core/skills/ask.js';
import { visibleText } from '../slack/harness.js';
import { cardText } from './harness.js';

const directory: DirectoryAnswer = {
  intro: '5 directory entries fit “travel training” in Pine Ridge, for age 17.',
  answer: { text: '', citations: [{ n: 1, source: 'pine.json#svc-1', title: 'Travel Training for Teens', score: 0.8 }], grounded: true, mode: 'extractive' },
  moreFrom: 3,
  cards: [
    {
      n: 1,
      title: 'Travel Training for Teens',
      source: 'pine.json#svc-1',
      organization: 'Pine Ridge Transit',
      phone: '(555) 555-0101',
      address: '11 Main St, Pine Ridge, LK 56001',
      hours: 'Mon-Fri 15:00-18:00',
      eligible: 'ages 14 to 21',
      cost: 'Free.',
      languages: 'English, Spanish',
      verified: 'verified March 2026',
      meets: ['serves Pine Ridge', 'ages 14 to 21'],
      misses: [],
    },
    { n: 2, title: 'Bus Travel Training', source: 'pine.json#svc-3', phone: '(555) 555-0103', distance: '12 miles away', meets: ['ages 16 to 24'], misses: ['serves Oakdale'], unstated: ['hours not listed'] },
  ],
};
const reply = directoryReply(directory, 'a-9');

describe('directory answers as contact cards', () => {
  it('shows each service with phone, address, hours, who, cost, languages, freshness and the conditions it meets, in Slack', () => {
    const [message] = renderMessages(reply);
    const text = visibleText(message as unknown as Record<string, unknown>);
    for (const want of ['Travel Training for Teens', 'Pine Ridge Transit', '☎ (555) 555-0101', '📍 11 Main St, Pine Ridge', '🕑 Mon-Fri 15:00-18:00', '*Who:* ages 14 to 21', '*Cost:* Free.', '*Languages:* English, Spanish', '✅ serves Pine Ridge, ages 14 to 21', '_verified March 2026_', '12 miles away', '❌ serves Oakdale', '❔ hours not listed']) {
      expect(text).toContain(want);
    }
    // The cards are the sources: no second list of them.
    expect(text).not.toContain('*Sources*');
    const buttons = message!.blocks.flatMap((b) => (b.type === 'actions' ? b.elements : [])) as { action_id: string; value: string }[];
    const more = buttons.find((b) => b.action_id.startsWith('liaison:directory.more'));
    expect(decodeButton(more!.action_id, more!.value)).toEqual({ id: 'directory.more', value: '3', data: { answerId: 'a-9' } });
  });

  it('shows the same in a Teams Adaptive Card, with a fact set and an Action.Execute for Show more', () => {
    const [card] = renderCards(reply);
    const text = cardText(card as unknown as Record<string, unknown>);
    expect(text).toContain('**[1] Travel Training for Teens**');
    expect(text).toContain('✅ serves Pine Ridge, ages 14 to 21');
    expect(text).toContain('❌ serves Oakdale  ❔ hours not listed');
    expect(text).toContain('_verified March 2026_');
    expect(text).not.toContain('**Sources**');
    const facts = JSON.stringify(card!.body);
    for (const want of ['"title":"Phone","value":"(555) 555-0101"', '"title":"Hours","value":"Mon-Fri 15:00-18:00"', '"title":"Languages","value":"English, Spanish"', '"title":"Address","value":"12 miles away"']) {
      expect(facts).toContain(want);
    }
    const more = card!.actions!.find((a) => verbOf(a) === 'directory.more');
    expect(decodeAction(verbOf(more!), more!.data)).toMatchObject({ id: 'directory.more', value: '3', data: { answerId: 'a-9' } });
  });

  it('prints the cards as text in the console and the CLI, and offers no Show more button when all are shown', () => {
    const text = renderText(reply);
    expect(text).toContain('Travel Training for Teens (Pine Ridge Transit) [1]');
    expect(text).toContain('call (555) 555-0101 · 11 Main St, Pine Ridge, LK 56001');
    expect(text).toContain('type "more"');
    const all = directoryReply({ ...directory, moreFrom: undefined }, 'a-9');
    expect(all.actions?.map((a) => a.id)).toEqual(['feedback', 'feedback']);
    expect(renderText(all)).not.toContain('type "more"');
  });
});
