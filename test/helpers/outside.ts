// What Slack and Teams send a Liaison server started in its own process (test/helpers/server-process.ts),
// and how its answers are counted on the fakes: signed Events API mentions, Teams activities with
// tokens from the local key server, and "answered once" per Slack thread or Teams activity.
import { findButton, sign } from '../channels/slack/harness.js';
import { messageActivity, TENANT } from '../channels/teams/harness.js';
import { TEST_APP_ID, TEST_ISSUER, type KeyServer } from './bot-tokens.js';
import type { FakeConnector } from './fake-connector.js';
import type { FakeSlack, SlackCall } from './fake-slack.js';

const SECRET = 'fault-signing-secret';
const BOT_USER = 'UBOT';

/** The server's settings for Slack over HTTP, its Web API on the fake. */
export function slackEnv(slack: FakeSlack): Record<string, string> {
  return { SLACK_BOT_TOKEN: 'xoxb-fault-test', SLACK_SIGNING_SECRET: SECRET, SLACK_API_URL: slack.apiUrl };
}

/** The server's settings for Teams with token checks against the key server; replies go to the fake connector. */
export function teamsEnv(keys: KeyServer, connector: FakeConnector): Record<string, string> {
  return {
    MICROSOFT_APP_ID: TEST_APP_ID,
    MICROSOFT_APP_PASSWORD: 'unused-the-preload-gives-a-test-token',
    MICROSOFT_APP_TENANT_ID: TENANT,
    TEAMS_OPENID_METADATA_URL: keys.metadataUrl,
    TEAMS_TOKEN_ISSUER: TEST_ISSUER,
    TEAMS_SERVICE_URL: connector.serviceUrl,
  };
}

/** The preload a server with Teams needs (outgoing calls get a fixed token; see the module). */
export const TEAMS_PRELOAD = new URL('./teams-test-credentials.ts', import.meta.url).href;

export interface Mention {
  body: string;
  channel: string;
  ts: string;
}

/** An app_mention Events API envelope; `n` makes its event id, channel and thread unique. */
export function mention(n: number, text: string, user = 'U0RIVERA'): Mention {
  const ts = `${1_800_000_000 + n}.000100`;
  const channel = `CF${n % 10}`;
  const body = JSON.stringify({
    type: 'event_callback',
    team_id: 'T1',
    api_app_id: 'A1',
    event_id: `EvFault${n}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'T1', user_id: BOT_USER, is_bot: true }],
    event: { type: 'app_mention', channel, user, ts, text: `<@${BOT_USER}> ${text}` },
  });
  return { body, channel, ts };
}

/** Posts a signed Slack request the way Slack does (a retry carries its number and reason). */
export async function postSlack(url: string, body: string, opts: { retryNum?: number; retryReason?: string; contentType?: string } = {}): Promise<number> {
  const stamp = Math.floor(Date.now() / 1000);
  const res = await fetch(`${url}/slack/events`, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(stamp),
      'x-slack-signature': sign(SECRET, stamp, body),
      ...(opts.retryNum ? { 'x-slack-retry-num': String(opts.retryNum), 'x-slack-retry-reason': opts.retryReason ?? 'http_error' } : {}),
    },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  await res.text();
  return res.status;
}

/** A question in a personal chat of its own (person `n`), as Teams sends it. */
export function teamsQuestion(connector: FakeConnector, n: number, text: string): Record<string, unknown> {
  return messageActivity(connector.serviceUrl, { text, from: { id: `29:person-${n}`, name: `Person ${n}`, aadObjectId: `aad-person-${n}` } });
}

export async function postTeams(url: string, keys: KeyServer, connector: FakeConnector, activity: Record<string, unknown>): Promise<number> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${keys.token({ serviceUrl: connector.serviceUrl })}` },
    body: JSON.stringify(activity),
    signal: AbortSignal.timeout(30_000),
  });
  await res.text();
  return res.status;
}

const STILL_WORKING = /Still working on it/;

/** Answers posted in a mention's thread (the "still working" note is not an answer). */
export function slackAnswers(slack: FakeSlack, m: Mention): SlackCall[] {
  return slack.callsTo('chat.postMessage').filter((c) => !c.failed && c.args.channel === m.channel && c.args.thread_ts === m.ts && !STILL_WORKING.test(String(c.args.text)));
}

/** Messages the connector received in an activity's conversation (typing indicators and the "still working" note are not answers). */
export function teamsAnswers(connector: FakeConnector, activity: Record<string, unknown>) {
  const conversation = (activity.conversation as { id: string }).id;
  return connector.sent().filter((c) => c.conversationId === conversation && c.body.type === 'message' && !STILL_WORKING.test(JSON.stringify(c.body)));
}

/** Polls until `done` holds or `ms` pass; returns whether it held. */
export async function eventually(done: () => boolean | Promise<boolean>, ms: number, every = 200): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await done()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, every));
  }
}

/** The latest Web API call carrying a button for this core action (e.g. proposal.confirm). */
export function callWithButton(slack: FakeSlack, coreId: string): SlackCall | undefined {
  return slack.calls.filter((c) => !c.failed && JSON.stringify(c.args).includes(`liaison:${coreId}:`)).at(-1);
}

/** Slack's block_actions payload for pressing a button of a message the server posted. */
export function buttonPayload(slack: FakeSlack, message: SlackCall, coreId: string, opts: { user?: string; responseId?: string } = {}): Record<string, unknown> {
  const button = findButton(message.args, coreId);
  const channel = String(message.args.channel);
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'fake' },
    token: 'legacy',
    user: { id: opts.user ?? 'U0RIVERA' },
    trigger_id: `t-${Date.now()}`,
    channel: { id: channel },
    container: { type: 'message', message_ts: String(message.args.ts ?? '1.1'), channel_id: channel, is_ephemeral: message.method === 'chat.postEphemeral' },
    response_url: slack.responseUrl(opts.responseId ?? `press-${Date.now()}`),
    actions: [{ type: 'button', action_id: button.action_id, value: button.value, block_id: 'b', action_ts: '1' }],
  };
}

/** Presses the button over HTTP, as Slack sends the press (signed, form-encoded). */
export async function pressButton(url: string, slack: FakeSlack, message: SlackCall, coreId: string, opts: { user?: string; responseId?: string } = {}): Promise<number> {
  const payload = buttonPayload(slack, message, coreId, opts);
  return postSlack(url, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), { contentType: 'application/x-www-form-urlencoded' });
}

/** Every call after `from` whose text mentions `pattern` (replies land in threads, DMs or response_urls). */
export function callsSaying(slack: FakeSlack, pattern: RegExp, from = 0): SlackCall[] {
  return slack.calls.slice(from).filter((c) => !c.failed && pattern.test(JSON.stringify(c.args)));
}
