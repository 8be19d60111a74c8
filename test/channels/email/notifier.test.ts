// Email pings through nodemailer to a local SMTP server (smtp-server): what a family member reads.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEmailNotifier } from '../../../src/channels/email/notifier.js';

const received: { to: string[]; data: string }[] = [];
let server: SMTPServer;
let port = 0;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, cb) {
      if (address.address.endsWith('@refused.example')) return cb(Object.assign(new Error('no such user'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const reply = {
  kind: 'notice' as const,
  audience: { kind: 'requester' as const },
  text: '**Due today on JR-2027**: bring the signed consent form, due Fri 2026-12-11.\n\n_Questions or a change: Maria Rivera (mrivera@example.org), the plan\'s coordinator._',
  actions: [{ id: 'commitment.done', label: 'Done' }],
};

it('sends a ping as a plain email that says what to do and whom to tell', async () => {
  const notifier = createEmailNotifier({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Liaison <liaison@school.example>' });
  expect(await notifier.deliver({ key: 'k1', to: { platform: 'email', email: 'parent@family.example', name: 'Ms. Diaz' }, reply })).toEqual({ status: 'sent' });
  const mail = received.at(-1)!;
  expect(mail.to).toEqual(['parent@family.example']);
  expect(mail.data).toMatch(/Subject: Due today on JR-2027: bring the signed consent form/);
  expect(mail.data).toMatch(/Questions or a change: Maria Rivera \(mrivera@example\.org\)/);
  expect(mail.data).toMatch(/reply to the coordinator named above/);
  expect(mail.data).not.toMatch(/\*\*/);
});

it('reports an address the mail server refuses as unreachable, and a partner without one too', async () => {
  const notifier = createEmailNotifier({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'liaison@school.example' });
  expect(await notifier.deliver({ key: 'k2', to: { platform: 'email', email: 'nobody@refused.example' }, reply })).toMatchObject({ status: 'unreachable' });
  expect(await notifier.deliver({ key: 'k3', to: { platform: 'email', name: 'Tom' }, reply })).toMatchObject({ status: 'unreachable', reason: 'Tom has no email address in the directory' });
});
