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
  return { ...doc, title: subject || doc.title, format: 'email' };
}
