import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { classifyMessage, conversationOf, messageInbound, parseTeamsCommand, plainText } from '../../../src/channels/teams/to-inbound.js';

const BOT = '28:bot';
const base = {
  id: '1701',
  from: { id: '29:maria', name: 'Maria Rivera', aadObjectId: 'aad-maria' },
  recipient: { id: BOT, name: 'Liaison' },
};
const person = { platform: 'teams' as const, userId: 'aad-maria', name: 'Maria Rivera' };
const at = new Date('2026-11-25T15:00:00Z');
/** Activities as Teams sends them carry fewer fields than botbuilder's types require. */
const act = (o: Record<string, unknown>) => o as unknown as Partial<Activity>;

describe('Teams activities read as Inbound', () => {
  it('drops the bot mention, reads other mentions as @handles with their AAD ids, and keeps the channel thread', () => {
    const activity = act({
      ...base,
      conversation: { id: '19:chan@thread.tacv2;messageid=1699', conversationType: 'channel', isGroup: true },
      text: '<at>Liaison</at> can <at>Dana Alvarez</at> send the packet?',
      entities: [
        { type: 'mention', text: '<at>Liaison</at>', mentioned: { id: BOT, name: 'Liaison' } },
        { type: 'mention', text: '<at>Dana Alvarez</at>', mentioned: { id: '29:dana', name: 'Dana Alvarez', aadObjectId: 'aad-dana' } },
      ],
    });
    expect(classifyMessage(activity)).toEqual({ addressed: true });
    const inbound = messageInbound(activity, { person, addressed: true, receivedAt: at });
    expect(inbound).toMatchObject({
      id: '19:chan@thread.tacv2:1701',
      kind: 'message',
      text: 'can @Dana.Alvarez send the packet?',
      mentions: [{ text: '@Dana.Alvarez', platform: 'teams', userId: 'aad-dana', name: 'Dana Alvarez' }],
      where: { platform: 'teams', id: '19:chan@thread.tacv2', kind: 'channel', threadId: '1699' },
    });
  });

  it('treats a personal chat as addressed, and an unmentioned channel message as not', () => {
    expect(classifyMessage(act({ ...base, conversation: { id: 'a:1', conversationType: 'personal' }, text: 'hi' }))).toEqual({ addressed: true });
    expect(classifyMessage(act({ ...base, conversation: { id: '19:c;messageid=1', conversationType: 'channel' }, text: 'hi' }))).toEqual({ addressed: false });
    expect(classifyMessage(act({ ...base, from: { id: BOT, name: 'Liaison' }, conversation: { id: 'a:1', conversationType: 'personal' }, text: 'hi' }))).toBeUndefined();
    expect(classifyMessage(act({ ...base, from: { id: '28:another-bot', name: 'Other' }, conversation: { id: 'a:1', conversationType: 'personal' }, text: 'hi' }))).toBeUndefined();
    expect(conversationOf(act({ conversation: { id: '19:g@thread.v2', conversationType: 'groupChat' } }))).toEqual({ platform: 'teams', id: '19:g@thread.v2', kind: 'group' });
  });

  it('knows the command-menu words only in their exact shapes', () => {
    expect(parseTeamsCommand('link JR-2027')).toEqual({ name: 'link', args: ['JR-2027'] });
    expect(parseTeamsCommand('done #3')).toEqual({ name: 'done', args: ['#3'] });
    expect(parseTeamsCommand('plan')).toEqual({ name: 'plan', args: [] });
    expect(parseTeamsCommand('plan for after graduation?')).toBeUndefined();
    expect(parseTeamsCommand('done with the packet?')).toBeUndefined();
    expect(parseTeamsCommand('log notes\n- Dana will call VR')).toEqual({ name: 'notes', args: ['text'] });
    const notes = messageInbound(act({ ...base, conversation: { id: 'a:1', conversationType: 'personal' }, text: 'log notes\n- Dana will call VR by Friday' }), { person, addressed: true, receivedAt: at });
    expect(notes).toMatchObject({ kind: 'command', command: { name: 'notes' }, text: '- Dana will call VR by Friday' });
  });

  it('reads formatted (HTML) messages as lines of text', () => {
    expect(plainText('<p>Next steps:</p><ul><li>Dana will call VR &amp; DD</li></ul>')).toBe('Next steps:\n\n- Dana will call VR & DD');
  });
});
