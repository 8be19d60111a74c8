// Word (.docx) -> KnowledgeDoc: mammoth turns the document into HTML (Heading 1..6 styles become
// <h1>..<h6>, and the Title style an <h1> too, so it names the document; lists and tables keep their
// shape), and the HTML loader builds the heading path from it.
// @langchain/community's DocxLoader is not used: it calls mammoth.extractRawText, which drops the headings.
import mammoth from 'mammoth';
import type { KnowledgeDoc } from '../types.js';
import { loadHtml } from './html.js';
import { LoadFailure } from './text-utils.js';

const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

export async function loadDocx(bytes: Uint8Array, source: string): Promise<KnowledgeDoc> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP })).value;
  } catch (err) {
    throw new LoadFailure(`could not read Word document: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const doc = loadHtml(`<html><body>${html}</body></html>`, source);
  if (doc.sections.length === 0) throw new LoadFailure('Word document has no text');
  return { ...doc, format: 'docx' };
}
