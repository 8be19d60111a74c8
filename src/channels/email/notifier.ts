// Email, for partners reachable only there (families and students often are): a ping becomes a
// plain-text message through SMTP (SMTP_URL), saying what to do and whom to tell, since an email has
// no buttons.
import nodemailer from 'nodemailer';
import type { Delivery, DeliveryResult, Notifier } from '../../core/reminders/notifier.js';
import type { Reply } from '../../core/messages.js';

/** The reply as plain text: Markdown emphasis and links written out, quotes kept. */
export function emailBody(reply: Reply): string {
  const text = reply.text
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/gm, '$1$2')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)');
  const howTo = reply.actions?.length
    ? '\n\nTo mark it done, move its date, or say you cannot do it, reply to the coordinator named above, or use Liaison in Slack or Teams if you have it.'
    : '';
  return `${text}${howTo}\n\n-- \nSent by Liaison for your student's transition team. The student is named only by the plan's label.`;
}

export function createEmailNotifier(opts: { smtpUrl: string; from: string }): Notifier {
  const transport = nodemailer.createTransport(opts.smtpUrl);
  return {
    platform: 'email',
    async deliver(d: Delivery): Promise<DeliveryResult> {
      if (!d.to.email) return { status: 'unreachable', reason: `${d.to.name ?? 'this partner'} has no email address in the directory` };
      const subject = (d.reply.text.split('\n').find((l) => l.trim()) ?? 'A reminder from Liaison').replace(/[*_]/g, '').slice(0, 120);
      try {
        await transport.sendMail({ from: opts.from, to: d.to.email, subject, text: emailBody(d.reply), headers: { 'X-Liaison-Ping': d.key } });
        return { status: 'sent' };
      } catch (err) {
        const e = err as { responseCode?: number; message?: string };
        // 5xx from the mail server: the address is refused; 4xx and network errors pass.
        if (e.responseCode && e.responseCode >= 500) return { status: 'unreachable', reason: `the mail server refused ${d.to.email} (${e.responseCode})` };
        return { status: 'retry', reason: e.message ?? 'SMTP failed' };
      }
    },
  };
}
