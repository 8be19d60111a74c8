// Markdown (the CommonMark subset core writes) -> Slack mrkdwn. Slack uses *bold*, _italic_, ~strike~,
// <url|text> links and only understands &amp; &lt; &gt; as escapes, so those three are escaped in text.

const BOLD_OPEN = '\u0001';
const BOLD_CLOSE = '\u0002';

/** Escapes the three characters Slack treats as control characters in message text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A URL as Slack accepts it inside <url|text>: no spaces, no '|' or '>' that would end the link early. */
function safeUrl(url: string): string {
  return url.trim().replace(/\s/g, '%20').replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C');
}

/** Link text: escaped, and without '|' / '>' that would break the <url|text> form. */
function linkText(text: string): string {
  return escapeMrkdwn(text).replace(/\|/g, '¦');
}

export function slackLink(url: string, text?: string): string {
  return text ? `<${safeUrl(url)}|${linkText(text)}>` : `<${safeUrl(url)}>`;
}

function convertInline(line: string): string {
  // Protect inline code spans from every other rule.
  const codes: string[] = [];
  let s = line.replace(/`([^`]+)`/g, (_m, code: string) => {
    codes.push(`\`${escapeMrkdwn(code)}\``);
    return `\u0003${codes.length - 1}\u0004`;
  });
  // Links and autolinks first, on the raw text, so their URLs are not escaped or re-styled.
  const links: string[] = [];
  const keep = (rendered: string) => {
    links.push(rendered);
    return `\u0005${links.length - 1}\u0006`;
  };
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_m, text: string, url: string) =>
    keep(slackLink(url, convertEmphasis(text, false))),
  );
  s = s.replace(/<(https?:\/\/[^>\s]+)>/g, (_m, url: string) => keep(slackLink(url)));
  s = convertEmphasis(s, true);
  s = s.replace(/\u0005(\d+)\u0006/g, (_m, i: string) => links[Number(i)] ?? '');
  return s.replace(/\u0003(\d+)\u0004/g, (_m, i: string) => codes[Number(i)] ?? '');
}

function convertEmphasis(text: string, escape: boolean): string {
  let s = escape ? escapeMrkdwn(text) : text;
  s = s.replace(/\*\*(?=\S)(.+?)(?<=\S)\*\*/g, `${BOLD_OPEN}$1${BOLD_CLOSE}`);
  s = s.replace(/__(?=\S)(.+?)(?<=\S)__/g, `${BOLD_OPEN}$1${BOLD_CLOSE}`);
  s = s.replace(/(^|[^\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?!\w)/g, '$1_$2_');
  s = s.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '~$1~');
  return s.replace(new RegExp(BOLD_OPEN, 'g'), '*').replace(new RegExp(BOLD_CLOSE, 'g'), '*');
}

/** Converts Markdown to Slack mrkdwn: emphasis, links, headings, lists, quotes and code blocks. */
export function toMrkdwn(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const raw of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    if (/^\s*```/.test(raw)) {
      inFence = !inFence;
      out.push('```');
      continue;
    }
    if (inFence) {
      out.push(escapeMrkdwn(raw));
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (heading) {
      out.push(`*${convertInline(heading[1] ?? '').replace(/^\*(.*)\*$/, '$1')}*`);
      continue;
    }
    const bullet = /^(\s*)[-*+]\s+(.*)$/.exec(raw);
    if (bullet) {
      const depth = Math.floor((bullet[1] ?? '').replace(/\t/g, '  ').length / 2);
      out.push(`${'    '.repeat(depth)}${depth ? '◦' : '•'} ${convertInline(bullet[2] ?? '')}`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    if (quote) {
      out.push(`> ${convertInline(quote[1] ?? '')}`);
      continue;
    }
    if (/^\s*([-*_])(\s*\1){2,}\s*$/.test(raw)) {
      out.push('───');
      continue;
    }
    out.push(convertInline(raw));
  }
  return out.join('\n');
}

/**
 * Splits mrkdwn into pieces of at most `limit` characters, preferring paragraph, then line, then word
 * boundaries, never cutting inside a <link>.
 */
export function splitMrkdwn(text: string, limit = 2900): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const window = rest.slice(0, limit);
    let cut = window.lastIndexOf('\n\n');
    if (cut < limit / 2) cut = window.lastIndexOf('\n');
    if (cut < limit / 2) cut = window.lastIndexOf(' ');
    if (cut < limit / 2) cut = limit;
    const open = window.lastIndexOf('<', cut);
    if (open > window.lastIndexOf('>', cut) && open > 0) cut = open;
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
