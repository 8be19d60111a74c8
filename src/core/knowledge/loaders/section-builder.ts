// Builds Sections from a stream of headings, paragraphs and line groups (list items, table rows).
import type { Section } from '../types.js';
import { collapse } from './text-utils.js';

export class SectionBuilder {
  private readonly sections: Section[] = [];
  private readonly stack: { level: number; text: string }[] = [];
  private paragraphs: string[] = [];
  private lines: string[] = [];

  /** Starts a new section under a heading of the given level (1 = top). */
  heading(level: number, text: string): void {
    const title = collapse(text);
    if (!title) return;
    this.flushSection();
    while (this.stack.length > 0 && this.stack[this.stack.length - 1]!.level >= level) this.stack.pop();
    this.stack.push({ level, text: title });
  }

  /** Adds a paragraph of running text (whitespace is collapsed). */
  paragraph(text: string): void {
    const t = collapse(text);
    if (!t) return;
    this.flushLines();
    this.paragraphs.push(t);
  }

  /** Adds one line of a group that stays together line by line (a list item, a table row). */
  line(text: string): void {
    const t = text.replace(/[ \t\u00a0]+/g, ' ').trim();
    if (t) this.lines.push(t);
  }

  /** Appends text to the last line (a wrapped list item); starts a paragraph when there is none. */
  continueLine(text: string): void {
    const t = collapse(text);
    if (!t) return;
    if (this.lines.length === 0) return this.paragraph(t);
    this.lines[this.lines.length - 1] += ` ${t}`;
  }

  /** Ends the current line group, so the next lines start a new paragraph. */
  endGroup(): void {
    this.flushLines();
  }

  get headingPath(): string[] {
    return this.stack.map((h) => h.text);
  }

  finish(): Section[] {
    this.flushSection();
    return this.sections;
  }

  private flushLines(): void {
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }

  private flushSection(): void {
    this.flushLines();
    if (this.paragraphs.length > 0) {
      this.sections.push({ headings: this.headingPath, text: this.paragraphs.join('\n\n') });
    }
    this.paragraphs = [];
  }
}
