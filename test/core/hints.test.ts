// A feature is written once in core and worded per channel: the same reply names its commands as a
// Slack slash command, a console command and a `liaison` command line.
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/channels/console/render.js';
import { renderMessages } from '../../src/channels/slack/render/blocks.js';
import { cliWording } from '../../src/cli/hints.js';
import { hint, hinted, joinHinted, wordHints } from '../../src/core/hints.js';
import { info } from '../../src/core/skills/reply.js';

const reply = info(hinted`This conversation is not linked to a plan. Link one with ${hint('link', 'JR-2027')}, or see ${hint('plans')}.`);

describe('hints: one reply, each channel’s own words', () => {
  it('keeps platform syntax out of core’s text', () => {
    expect(reply.text).toBe('This conversation is not linked to a plan. Link one with {{hint:0}}, or see {{hint:1}}.');
    expect(reply.hints).toEqual([{ action: 'link', args: ['JR-2027'] }, { action: 'plans' }]);
  });

  it('is a slash command in Slack', () => {
    const [message] = renderMessages(reply);
    expect(message!.text).toBe('This conversation is not linked to a plan. Link one with `/liaison link JR-2027`, or see `/liaison plans`.');
  });

  it('is a console command in `liaison chat`', () => {
    expect(renderText(reply)).toBe('This conversation is not linked to a plan. Link one with /link JR-2027, or see /plans.');
  });

  it('is a `liaison` command on the command line', () => {
    expect(wordHints(reply.text, reply.hints, cliWording)).toBe(
      'This conversation is not linked to a plan. Link one with liaison plan link JR-2027 --platform slack|teams --channel ID, or see liaison plan list.',
    );
  });

  it('renumbers placeholders when hinted texts are joined', () => {
    const joined = joinHinted([hinted`a ${hint('done', '2')}`, hinted`b ${hint('snooze', '3')}`], '; ');
    expect(wordHints(joined.text, joined.hints, (h) => `[${h.action} ${h.args?.join(' ')}]`)).toBe('a [done 2]; b [snooze 3]');
  });
});
