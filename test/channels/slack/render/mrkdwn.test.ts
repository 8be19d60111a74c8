import { describe, expect, it } from 'vitest';
import { splitMrkdwn, toMrkdwn } from '../../../../src/channels/slack/render/mrkdwn.js';

describe('Markdown to Slack mrkdwn', () => {
  it('converts bold, italics, strike and links', () => {
    expect(toMrkdwn('**Apply early** and *ask* for ~~nothing~~ [the guide](https://x.org/a?b=1)')).toBe(
      '*Apply early* and _ask_ for ~nothing~ <https://x.org/a?b=1|the guide>',
    );
    expect(toMrkdwn('See <https://ssa.gov/ssi>.')).toBe('See <https://ssa.gov/ssi>.');
  });

  it('escapes &, < and > in text but keeps citations', () => {
    expect(toMrkdwn('Income < $994 & age > 18 [1]')).toBe('Income &lt; $994 &amp; age &gt; 18 [1]');
  });

  it('turns headings into bold lines and lists into bullets', () => {
    expect(toMrkdwn('## Next steps\n- call **DVR**\n  - ask about Pre-ETS\n* apply\n1. first')).toBe(
      '*Next steps*\n• call *DVR*\n    ◦ ask about Pre-ETS\n• apply\n1. first',
    );
  });

  it('leaves code alone apart from escaping', () => {
    expect(toMrkdwn('run `liaison **ingest**`\n```\na <b> **c**\n```')).toBe('run `liaison **ingest**`\n```\na &lt;b&gt; **c**\n```');
  });

  it('splits long text at paragraph boundaries without cutting links', () => {
    const para = `${'word '.repeat(500).trim()} <https://example.org/long|a link>`;
    const pieces = splitMrkdwn([para, para, para].join('\n\n'), 3000);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(3000);
      expect((p.match(/</g) ?? []).length).toBe((p.match(/>/g) ?? []).length);
    }
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe([para, para, para].join(' ').replace(/\s+/g, ' '));
  });
});
