// Markdown -> KnowledgeDoc: sections by heading (full heading path), lists as "- " lines, links as text.
import type { KnowledgeDoc } from '../types.js';
import { SectionBuilder } from './section-builder.js';
import { collapse, titleFromFileName } from './text-utils.js';

interface FrontMatter {
  title?: string;
  asOf?: string;
  url?: string;
}

const BULLET = /^\s*[-*+]\s+(.*)$/;
const ORDERED = /^\s*(\d{1,3})[.)]\s+(.*)$/;
const ATX = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RULE = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_DIVIDER = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:\s*\S+/;

export function loadMarkdown(text: string, source: string): KnowledgeDoc {
  const { meta, body } = splitFrontMatter(text);
  const lines = body.replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const out = new SectionBuilder();
  let title = meta.title;
  let para: string[] = [];
  let fence: string | undefined;
  /** True while the open line group is a list, so a blank line between items keeps one list. */
  let inList = false;

  const flushPara = () => {
    if (para.length > 0) out.paragraph(inline(para.join(' ')));
    para = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence) {
      if (raw.trim().startsWith(fence)) {
        fence = undefined;
        out.endGroup();
      } else out.line(raw);
      continue;
    }
    const fenceMatch = FENCE.exec(raw);
    if (fenceMatch) {
      flushPara();
      out.endGroup();
      fence = fenceMatch[1]!;
      continue;
    }
    const next = lines[i + 1] ?? '';
    const atx = ATX.exec(raw);
    const setext = para.length === 0 && raw.trim() && !BULLET.test(raw) && /^ {0,3}(=+|-+)\s*$/.test(next);
    if (atx || setext) {
      flushPara();
      const level = atx ? atx[1]!.length : next.trim().startsWith('=') ? 1 : 2;
      const heading = inline(atx ? atx[2]! : raw);
      if (!title && level === 1) title = heading;
      out.heading(level, heading);
      if (setext) i++;
      continue;
    }
    if (!raw.trim() || RULE.test(raw)) {
      flushPara();
      if (!(inList && isListLine(next))) {
        out.endGroup();
        inList = false;
      }
      continue;
    }
    if (LINK_DEFINITION.test(raw)) continue;
    const bullet = BULLET.exec(raw);
    const ordered = bullet ? undefined : ORDERED.exec(raw);
    if (bullet || ordered) {
      flushPara();
      const item = bullet ? `- ${inline(bullet[1]!)}` : `${ordered![1]}. ${inline(ordered![2]!)}`;
      if (!inList) out.endGroup();
      out.line(item);
      inList = true;
      continue;
    }
    if (raw.trim().startsWith('|') || (raw.includes('|') && TABLE_DIVIDER.test(next))) {
      flushPara();
      if (inList) out.endGroup();
      inList = false;
      if (!TABLE_DIVIDER.test(raw)) out.line(tableRow(raw));
      continue;
    }
    if (TABLE_DIVIDER.test(raw) && raw.includes('|')) continue;
    const quoted = raw.replace(/^\s*(>\s?)+/, '');
    if (/^\s{2,}\S/.test(raw) && para.length === 0 && isContinuation(lines, i)) {
      // Continuation of the previous list item: append to it.
      out.continueLine(inline(quoted));
      continue;
    }
    out.endGroup();
    inList = false;
    para.push(quoted.trim());
  }
  flushPara();

  return {
    source,
    title: title ?? titleFromFileName(source),
    format: 'md',
    sections: out.finish(),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.asOf ? { asOf: meta.asOf } : {}),
  };
}

function isListLine(line: string): boolean {
  return BULLET.test(line) || ORDERED.test(line);
}

/** An indented line directly under a list item (no blank line between) continues that item. */
function isContinuation(lines: string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j]!;
    if (!l.trim()) return false;
    if (isListLine(l)) return true;
    if (!/^\s{2,}\S/.test(l)) return false;
  }
  return false;
}

function tableRow(raw: string): string {
  const cells = raw.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');
  return cells.map((c) => inline(c)).filter((c) => c.length > 0).join(' | ');
}

/**
 * Inline markdown to plain text: links become their text (or the URL when the link is all there is),
 * images their alt text; emphasis, code ticks and stray HTML tags go.
 */
export function inline(text: string): string {
  let t = text.trim();
  const lone = /^\[([^\]]*)\]\((\S+?)(?:\s+"[^"]*")?\)$/.exec(t);
  if (lone) {
    const label = collapse(lone[1]!);
    const url = lone[2]!;
    t = !label || label === url ? url : `${label} (${url})`;
    return collapse(t);
  }
  t = t
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\((\S+?)(?:\s+"[^"]*")?\)/g, (_m, label: string, url: string) => (label.trim() ? label : url))
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?:\/\/|mailto:)[^>\s]+)>/g, '$1')
    .replace(/<\/?[a-zA-Z][^>]*>/g, ' ')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1$2')
    .replace(/~~([^~]+)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
  return collapse(t);
}

function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\s*(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: FrontMatter = {};
  for (const line of m[1]!.split('\n')) {
    const kv = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!kv) continue;
    const key = kv[1]!.toLowerCase().replace(/[-_]/g, '');
    const value = kv[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
    if (!value) continue;
    if (key === 'title') meta.title = value;
    else if (key === 'asof') meta.asOf = value;
    else if (key === 'url' || key === 'canonicalurl') meta.url = value;
  }
  return { meta, body: text.slice(m[0].length) };
}
