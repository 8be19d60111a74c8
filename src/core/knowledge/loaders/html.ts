// HTML (real agency pages) -> KnowledgeDoc. Page chrome goes (navigation, banners, cookie notices,
// scripts); the main content's headings build the heading path, lists and tables become lines.
import * as cheerio from 'cheerio';
import type { KnowledgeDoc } from '../types.js';
import { SectionBuilder } from './section-builder.js';
import { collapse, titleFromFileName } from './text-utils.js';

/** The parts of a parsed DOM node the walker reads (structurally typed, so no parser types leak). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  children?: DomNode[];
}

const CHROME = [
  'nav', 'aside', 'footer', 'script', 'style', 'noscript', 'form', 'iframe', 'svg', 'template', 'button',
  'select', 'dialog', '[role=navigation]', '[role=banner]', '[role=contentinfo]', '[role=search]',
  '[aria-hidden=true]', '[hidden]', '[aria-label*=readcrumb]', '[aria-label*=READCRUMB]',
].join(', ');
const COOKIE = /cookie|gdpr|onetrust|(consent|privacy)[-_]?(banner|bar|popup|modal|notice|dialog)/i;
const BREADCRUMB_OR_SKIP = /breadcrumb|skip[-_]?(link|to|nav|main)/i;
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'li', 'address', 'figure',
  'figcaption', 'details', 'summary', 'fieldset', 'center', 'hr', 'header', 'caption', 'body', 'html',
]);

export function loadHtml(html: string, source: string): KnowledgeDoc {
  const $ = cheerio.load(html);
  const url = absoluteUrl($('link[rel~=canonical]').attr('href')) ?? absoluteUrl($('meta[property="og:url"]').attr('content'));
  const pageTitle = collapse($('title').first().text()) || collapse($('meta[property="og:title"]').attr('content') ?? '');

  removeChrome($);
  const mains = $('main, [role=main]');
  const articles = $('article');
  const root = mains.length > 0 ? mains.first() : articles.length === 1 ? articles.first() : $('body').first();
  const rootNode = (root.get(0) ?? $.root().get(0)) as unknown as DomNode;

  const h1 = collapse(root.find('h1').first().text());
  const out = new SectionBuilder();
  new Walker(out).walk(rootNode);
  return {
    source,
    title: h1 || pageTitle || titleFromFileName(source),
    format: 'html',
    sections: out.finish(),
    ...(url ? { url } : {}),
  };
}

function removeChrome($: cheerio.CheerioAPI): void {
  $(CHROME).remove();
  // A page-level header is chrome; an <article>'s own header usually holds its title.
  $('header, [role=banner]').filter((_, el) => $(el).parents('main, article, [role=main]').length === 0).remove();
  $('[id], [class]').each((_, el) => {
    const node = $(el);
    if (node.is('html, body, main, article, [role=main]')) return;
    const label = `${node.attr('id') ?? ''} ${node.attr('class') ?? ''}`;
    const isCookie = COOKIE.test(label) && node.text().length < 3000;
    if ((isCookie || BREADCRUMB_OR_SKIP.test(label)) && node.find('main, article, h1').length === 0) node.remove();
  });
  $('a[href^="#"]').filter((_, el) => /^\s*(skip|jump) to\b/i.test($(el).text())).remove();
}

function absoluteUrl(href: string | undefined): string | undefined {
  const v = href?.trim();
  return v && /^https?:\/\//i.test(v) ? v : undefined;
}

class Walker {
  private inline = '';
  constructor(private readonly out: SectionBuilder) {}

  walk(node: DomNode): void {
    for (const child of node.children ?? []) this.visit(child);
    this.flush();
  }

  private visit(node: DomNode): void {
    if (node.type === 'text') {
      this.inline += node.data ?? '';
      return;
    }
    if (node.type !== 'tag') return;
    const name = node.name?.toLowerCase() ?? '';
    const heading = /^h([1-6])$/.exec(name);
    if (heading) {
      this.flush();
      this.out.heading(Number(heading[1]), textOf(node));
    } else if (name === 'ul' || name === 'ol' || name === 'menu') {
      this.flush();
      this.list(node, name === 'ol');
      this.out.endGroup();
    } else if (name === 'table') {
      this.flush();
      this.table(node);
      this.out.endGroup();
    } else if (name === 'br') {
      this.inline += '\n';
    } else if (BLOCK.has(name)) {
      this.flush();
      for (const child of node.children ?? []) this.visit(child);
      this.flush();
    } else if (name !== 'img') {
      for (const child of node.children ?? []) this.visit(child);
    }
  }

  private list(node: DomNode, ordered: boolean): void {
    let n = 0;
    for (const li of node.children ?? []) {
      if (li.type !== 'tag' || li.name !== 'li') continue;
      n++;
      const text = collapse(textOf(li, true));
      if (text) this.out.line(ordered ? `${n}. ${text}` : `- ${text}`);
      for (const nested of descendants(li, (d) => d.name === 'ul' || d.name === 'ol')) this.list(nested, nested.name === 'ol');
    }
  }

  private table(node: DomNode): void {
    for (const row of descendants(node, (d) => d.name === 'tr' || d.name === 'caption')) {
      if (row.name === 'caption') {
        this.out.line(collapse(textOf(row)));
        continue;
      }
      const cells = (row.children ?? []).filter((c) => c.name === 'td' || c.name === 'th').map((c) => collapse(textOf(c)));
      if (cells.some((c) => c)) this.out.line(cells.join(' | '));
    }
  }

  /** Ends running text: one paragraph, or one line per <br>-separated line (addresses, hours). */
  private flush(): void {
    const parts = this.inline.split('\n').map(collapse).filter((p) => p.length > 0);
    this.inline = '';
    if (parts.length === 1) this.out.paragraph(parts[0]!);
    else if (parts.length > 1) {
      this.out.endGroup();
      for (const p of parts) this.out.line(p);
      this.out.endGroup();
    }
  }
}

/** Text of a node; block boundaries become spaces. `skipLists` leaves nested lists out (list items). */
function textOf(node: DomNode, skipLists = false): string {
  if (node.type === 'text') return node.data ?? '';
  if (node.type !== 'tag' && node.type !== 'root') return '';
  const name = node.name ?? '';
  if (skipLists && (name === 'ul' || name === 'ol')) return '';
  if (name === 'br') return ' ';
  const inner = (node.children ?? []).map((c) => textOf(c, skipLists)).join('');
  return BLOCK.has(name) || name === 'td' || name === 'th' ? ` ${inner} ` : inner;
}

/** Nearest descendants matching `match` (does not look inside a match). */
function descendants(node: DomNode, match: (n: DomNode) => boolean): DomNode[] {
  const found: DomNode[] = [];
  for (const child of node.children ?? []) {
    if (child.type !== 'tag') continue;
    if (match(child)) found.push(child);
    else found.push(...descendants(child, match));
  }
  return found;
}
