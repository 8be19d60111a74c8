// `liaison remind`: the loop from the terminal, delivering through the Slack notifier to a local
// server that speaks the Slack Web API, with a fixed clock.
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from '../helpers/fake-slack.js';
import { jsonLines, liaison, makeWorkspace, seedReminderPlan, type Workspace } from './helpers.js';

let ws: Workspace;
let slack: FakeSlack;
const NOW = '2026-12-07T15:00:00Z'; // Monday
const run = (argv: string[], opts: Parameters<typeof liaison>[2] = {}) =>
  liaison(ws, argv, { now: NOW, env: { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: slack.apiUrl }, ...opts });

beforeAll(async () => {
  ws = await makeWorkspace();
  slack = await startFakeSlack();
  await seedReminderPlan(ws, run, 'name,email,agency,kind,slack_user_id,time_zone\nMaria Rivera,mrivera@example.org,Maple County Schools,school,U0RIVERA,America/New_York\nDana Alvarez,dalvarez@example.org,DVR,agency,U0ALVAREZ,America/New_York\n');
});
afterAll(async () => {
  await slack.close();
  await rm(ws.dir, { recursive: true, force: true });
});

describe('liaison remind', () => {
  it('lists the next ping of each open commitment', async () => {
    const r = await run(['remind', 'list', '--json']);
    expect(jsonLines(r.stdout)).toEqual([expect.objectContaining({ plan: 'JR-2027', n: 1, due: '2026-12-11', next: '2026-12-09T13:00:00.000Z', kind: 'scheduled', sent: 0 })]);
  });

  it('does a dry run for a time later than now unless --send, then delivers once through Slack', async () => {
    const dry = await run(['remind', 'run', '--at', '2026-12-09T14:00:00Z', '--json']);
    expect(jsonLines(dry.stdout)).toEqual([
      expect.objectContaining({ kind: 'upcoming', plan: 'JR-2027', to: { partner: expect.any(String), platform: 'slack' }, status: 'dry-run' }),
      expect.objectContaining({ kind: 'digest', plan: 'JR-2027', status: 'dry-run' }),
    ]);
    expect(slack.callsTo('chat.postMessage')).toHaveLength(0);

    const sent = await run(['remind', 'run', '--at', '2026-12-09T14:00:00Z', '--send', '--json']);
    expect(jsonLines(sent.stdout).map((r) => [r.kind, r.status])).toEqual([['upcoming', 'sent'], ['digest', 'sent']]);
    const dm = await slack.waitFor((c) => c.method === 'chat.postMessage' && /Coming up/.test(String(c.args.text)));
    expect(String(dm.args.text)).toMatch(/Coming up on JR-2027/);
    // No conversation is linked to the plan, so the week's digest went to the coordinator, saying so.
    const digest = await slack.waitFor((c) => c.method === 'chat.postMessage' && /Weekly update/.test(String(c.args.text)));
    expect(String(digest.args.text)).toMatch(/none is linked to the plan, so it came to you/);
    expect(String(digest.args.text)).toMatch(/Weekly update for JR-2027\* \(week of 2026-12-09\): 1 open: 0 overdue, 1 due this week, 0 no date yet, 0 later/);
    const again = await run(['remind', 'run', '--at', '2026-12-09T14:00:00Z', '--send', '--json']);
    expect(again.stdout).toBe('');
    expect(slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('gives a plan its own reminder settings, which move its next pings, and resets them', async () => {
    const set = await run(['plan', 'reminders', 'JR-2027', '--upcoming', '3', '--work-hours', '09:30-15:00']);
    expect(set.stdout).toContain('JR-2027 now has its own reminder settings: {"upcomingDays":3,"workStart":570,"workEnd":900}.');
    // The "coming up" already went out; the next ping, "due", moves to 09:30 on Friday.
    expect(jsonLines((await run(['remind', 'list', '--json'])).stdout)[0]).toMatchObject({ next: '2026-12-11T14:30:00.000Z' });
    expect((await run(['plan', 'reminders', 'JR-2027', '--work-hours', '17:00-08:00'])).stderr).toContain('--work-hours "17:00-08:00" is not HH:MM-HH:MM with the end after the start.');
    expect((await run(['plan', 'reminders', 'JR-2027', '--reset'])).stdout).toContain('JR-2027 follows the configured reminder settings.');
    expect(jsonLines((await run(['remind', 'list', '--json'])).stdout)[0]).toMatchObject({ next: '2026-12-11T13:00:00.000Z' });
  });

  it('marks a commitment as an IEP transition service from the command line', async () => {
    const r = await run(['plan', 'iep-service', 'JR-2027#1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Changed the IEP mark on JR-2027/);
  });
});
