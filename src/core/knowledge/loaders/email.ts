// A saved email (.eml: an agency's newsletter, a forwarded announcement) -> KnowledgeDoc. postal-mime
// reads the message's MIME structure (multipart bodies, quoted-printable and base64 parts, charsets),
// which is more than a folder loader should reimplement. The subject names the document; the text part
// is read as plain text, or the HTML part as a page when the mail has no text part.
import PostalMime from 'postal-mime';
import type { KnowledgeDoc } from '../types.js';
import { loadHtml } from './html.js';
import { loadPlainText } from './plain-text.js';
import { collapse, LoadFailure } from './text-utils.js';

export async function loadEmail(bytes: Uint8Array, source: string): Promise<KnowledgeDoc> {
  let mail: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    mail = await PostalMime.parse(bytes);
  } catch (err) {
    throw new LoadFailure(`could not read email: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  const subject = collapse(mail.subject ?? '');
  const text = mail.text?.trim();
  // The subject goes first, as the plain-text reader takes a short first line for the title, so the
  // body's own first line ("View this email in your browser") stays body.
  const doc = text ? loadPlainText(subject ? `${subject}\n\n${text}` : text, source) : mail.html?.trim() ? loadHtml(mail.html, source) : undefined;
  if (!doc || doc.sections.length === 0) throw new LoadFailure('email has no text: neither a text nor an HTML part with words in it');
  // The Date: line says when it was sent, which is what makes one mail newer than the page it corrects
  // (newer-first.ts reads a document's asOf with its title and head).
  const sent = sentDate(mail.date);
  return { ...doc, title: subject || doc.title, format: 'email', ...(sent && !doc.asOf ? { asOf: sent } : {}) };
}

/** The Date: header as "YYYY-MM-DD", or undefined when there is none or it cannot be read. */
function sentDate(date: string | undefined): string | undefined {
  const t = date ? Date.parse(date) : NaN;
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10);
}
