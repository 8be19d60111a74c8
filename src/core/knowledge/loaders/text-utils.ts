// Small helpers shared by the loaders: decoding bytes as text, titles from file names, whitespace.
import path from 'node:path';

/** A file a loader cannot use. `reason` is shown to people, so it says what is wrong in plain words. */
export class LoadFailure extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'LoadFailure';
  }
}

/**
 * Decodes file bytes as text. UTF-8 (with or without BOM) is expected; invalid UTF-8 without
 * control characters falls back to Windows-1252, which is what office tools export. Content with
 * NUL bytes or many control characters is refused as binary.
 */
export function decodeText(bytes: Uint8Array): string {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) throw new LoadFailure('binary file, not text');
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) throw new LoadFailure('binary file, not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** "pre-ets_guide-2026.md" -> "Pre ets guide 2026". */
export function titleFromFileName(source: string): string {
  const base = path.posix.basename(source).replace(/\.[^.]+$/, '');
  const words = base.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!words) return base || source;
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Joins paragraphs with a blank line, dropping empty ones. */
export function joinParagraphs(paragraphs: string[]): string {
  return paragraphs
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}
