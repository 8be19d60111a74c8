import { describe, expect, it } from 'vitest';
import { commandInbound, messageInbound, parseCommand } from '../../../src/channels/slack/to-inbound.js';

const person = { platform: 'slack' as const, userId: 'U1' };
const at = new Date('2026-11-20T15:00:00Z');

describe('Slack payloads to Inbound', () => {
  it('strips the bot mention, decodes Slack escapes and keys the message by channel and ts', () => {
    const i = messageInbound(
      { channel: 'C9', ts: '1.5', text: '<@UBOT|liaison>: is income &lt; $994 &amp; eligible? cc <@U7> and <@U8>' },
      { person, botUserId: 'UBOT', addressed: true, receivedAt: at, people: new Map([['U7', { platform: 'slack', userId: 'U7', name: 'Dana Alvarez' }]]) },
    );
    expect(i).toMatchObject({ id: 'C9:1.5', text: 'is income < $994 & eligible? cc @Dana.Alvarez and @U8', where: { id: 'C9', kind: 'channel' } });
    // Core gets platform-neutral mentions: the @handle in the text and the Slack user behind it.
    expect(i.mentions).toEqual([
      { text: '@Dana.Alvarez', platform: 'slack', userId: 'U7', name: 'Dana Alvarez' },
      { text: '@U8', platform: 'slack', userId: 'U8' },
    ]);
  });

  it('reads sub-commands and treats anything else as a question', () => {
    expect(parseCommand('followups off')).toEqual({ name: 'followups', args: ['off'] });
    expect(parseCommand('done 3 got help')).toEqual({ name: 'done', args: ['3', 'got', 'help'] });
    expect(parseCommand('')).toEqual({ name: 'help', args: [] });
    expect(parseCommand('Who runs the CIL?')).toEqual({ name: 'ask', args: ['Who', 'runs', 'the', 'CIL?'] });
  });

  it('marks slash commands from a DM as dm', () => {
    const i = commandInbound({ trigger_id: 'tr', channel_id: 'D1', channel_name: 'directmessage', text: 'plan' }, { person, receivedAt: at });
    expect(i).toMatchObject({ id: 'command:tr', kind: 'command', where: { kind: 'dm' }, command: { name: 'plan', args: [] } });
  });
});
