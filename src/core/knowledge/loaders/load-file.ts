// One file's bytes -> documents, chosen by extension. Throws LoadFailure with a plain reason.
import type { KnowledgeDoc } from '../types.js';
import { loadDocx } from './docx.js';
import { loadEmail } from './email.js';
import { loadHsdsJson } from './hsds-json.js';
import { loadHtml } from './html.js';
import { loadMarkdown } from './markdown.js';
import { loadPdf } from './pdf.js';
import { loadPlainText } from './plain-text.js';
import { LoadFailure, decodeText } from './text-utils.js';

export const SUPPORTED_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm', '.pdf', '.docx', '.eml', '.json'] as const;

export async function loadFile(bytes: Uint8Array, extension: string, source: string): Promise<KnowledgeDoc[]> {
  const ext = extension.toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    const what = ext === '.csv' ? '.csv outside an HSDS datapackage (a folder with datapackage.json)' : `file type "${ext || 'no extension'}"`;
    throw new LoadFailure(`unsupported ${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')}, or an HSDS CSV datapackage folder`);
  }
  if (bytes.length === 0) throw new LoadFailure('empty file');
  if (ext === '.pdf') return [await loadPdf(bytes, source)];
  if (ext === '.docx') return [await loadDocx(bytes, source)];
  if (ext === '.eml') return [await loadEmail(bytes, source)];
  const text = decodeText(bytes);
  if (!text.trim()) throw new LoadFailure('empty file');
  switch (ext) {
    case '.md':
    case '.markdown':
      return [loadMarkdown(text, source)];
    case '.txt':
      return [loadPlainText(text, source)];
    case '.html':
    case '.htm':
      return [loadHtml(text, source)];
    default:
      return loadHsdsJson(text, source);
  }
}
