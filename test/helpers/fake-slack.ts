// A local HTTP server that speaks the Slack Web API (form or JSON bodies, `ok` envelopes shaped like
// Slack's) and accepts response_url posts. It records every call and can be told to fail a method once.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  token?: string;
  at: number;
  /** True when this call was answered with a scripted failure. */
  failed?: boolean;
}

export interface ThreadMessage {
  ts: string;
  user?: string;
  bot_id?: string;
  text: string;
}

export interface FakeUser {
  name?: string;
  real_name?: string;
  email?: string;
  tz?: string;
}

export interface FakeSlack {
  /** Web API base URL, with the trailing slash the WebClient wants. */
  apiUrl: string;
  calls: SlackCall[];
  callsTo(method: string): SlackCall[];
  /** The next call to `method` answers `{ ok: false, error }` (or HTTP `status` when given). */
  failOnce(method: string, error?: string, status?: number): void;
  /** The next `count` calls to `method` answer HTTP `status` (429 says `Retry-After: retryAfter` seconds). */
  failNext(method: string, count: number, status: 429 | 500 | 502 | 503, retryAfter?: number): void;
  /** Delay every answer to `method` by `ms`. */
  delay(method: string, ms: number): void;
  /** A response_url this server accepts; posts to it are recorded as method `response_url:<id>`. */
  responseUrl(id: string): string;
  setThread(channel: string, threadTs: string, messages: ThreadMessage[]): void;
  setUser(id: string, user: FakeUser): void;
  /** The ws:// URL apps.connections.open answers with (Socket Mode). */
  setSocketModeUrl(url: string): void;
  /** Resolves with the first call (past or future) that matches. */
  waitFor(match: (c: SlackCall) => boolean, timeoutMs?: number): Promise<SlackCall>;
  reset(): void;
  close(): Promise<void>;
}

function parseValue(v: string): unknown {
  if (/^[[{]/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  return v;
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (!raw) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) out[k] = parseValue(v);
  return out;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const calls: SlackCall[] = [];
  const failures = new Map<string, { error: string; status?: number; retryAfter?: number }[]>();
  const delays = new Map<string, number>();
  const threads = new Map<string, ThreadMessage[]>();
  const users = new Map<string, FakeUser>();
  let socketModeUrl: string | undefined;
  const waiters: { match: (c: SlackCall) => boolean; resolve: (c: SlackCall) => void }[] = [];
  let seq = 0;
  const nextTs = () => `${1_700_000_000 + Math.floor(seq / 1000)}.${String(++seq).padStart(6, '0')}`;

  const answer = (method: string, args: Record<string, unknown>): Record<string, unknown> => {
    const channel = String(args.channel ?? '');
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.com/', team: 'Fake', user: 'liaison', team_id: 'T1', user_id: 'UBOT', bot_id: 'BBOT' };
      case 'apps.connections.open':
        return socketModeUrl ? { ok: true, url: socketModeUrl } : { ok: false, error: 'not_allowed_token_type' };
      case 'chat.postMessage': {
        const ts = nextTs();
        return { ok: true, channel, ts, message: { type: 'message', text: args.text, user: 'UBOT', bot_id: 'BBOT', ts, blocks: args.blocks } };
      }
      case 'chat.update':
        return { ok: true, channel, ts: args.ts, text: args.text };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: nextTs() };
      case 'chat.getPermalink':
        return { ok: true, channel, permalink: `https://fake.slack.com/archives/${channel}/p${String(args.message_ts).replace('.', '')}` };
      case 'conversations.open': {
        const user = String(args.users ?? '').split(',')[0];
        return { ok: true, channel: { id: `D${user}` } };
      }
      case 'conversations.replies':
        return { ok: true, messages: threads.get(`${channel}:${String(args.ts)}`) ?? [], has_more: false };
      case 'users.info': {
        const id = String(args.user);
        const u = users.get(id) ?? {};
        return {
          ok: true,
          user: {
            id,
            name: u.name ?? id.toLowerCase(),
            real_name: u.real_name ?? u.name ?? id,
            tz: u.tz ?? 'America/Chicago',
            profile: { real_name: u.real_name ?? id, display_name: u.name ?? '', ...(u.email ? { email: u.email } : {}) },
          },
        };
      }
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${++seq}`, ...(args.view as object) } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const args = await readBody(req);
    const responseUrl = /^\/response\/(.+)$/.exec(url.pathname);
    const method = responseUrl ? `response_url:${responseUrl[1]}` : url.pathname.replace(/^\/api\//, '');
    const auth = req.headers.authorization;
    const call: SlackCall = { method, args, at: Date.now(), ...(auth ? { token: auth.replace(/^Bearer /, '') } : {}) };
    const wait = delays.get(method);
    if (wait) await new Promise((r) => setTimeout(r, wait));
    const failure = failures.get(method)?.shift();
    if (failure) call.failed = true;
    calls.push(call);
    if (!failure) {
      for (const w of [...waiters]) {
        if (w.match(call)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }
    }
    if (failure?.status) {
      res.writeHead(failure.status, { 'content-type': 'application/json', ...(failure.retryAfter !== undefined ? { 'retry-after': String(failure.retryAfter) } : {}) }).end(JSON.stringify({ ok: false, error: failure.error }));
      return;
    }
    const body = failure ? { ok: false, error: failure.error } : responseUrl ? { ok: true } : answer(method, args);
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    apiUrl: `${origin}/api/`,
    calls,
    callsTo: (method) => calls.filter((c) => c.method === method),
    failOnce(method, error = 'internal_error', status) {
      const list = failures.get(method) ?? [];
      list.push({ error, ...(status ? { status } : {}) });
      failures.set(method, list);
    },
    failNext(method, count, status, retryAfter) {
      const list = failures.get(method) ?? [];
      for (let i = 0; i < count; i++) list.push({ error: status === 429 ? 'ratelimited' : 'internal_error', status, ...(retryAfter !== undefined ? { retryAfter } : {}) });
      failures.set(method, list);
    },
    delay: (method, ms) => void delays.set(method, ms),
    responseUrl: (id) => `${origin}/response/${id}`,
    setThread: (channel, threadTs, messages) => void threads.set(`${channel}:${threadTs}`, messages),
    setUser: (id, user) => void users.set(id, user),
    setSocketModeUrl: (url) => void (socketModeUrl = url),
    waitFor(match, timeoutMs = 5000) {
      const seen = calls.find((c) => !c.failed && match(c));
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          const i = waiters.indexOf(waiter);
          if (i >= 0) {
            waiters.splice(i, 1);
            reject(new Error(`fake Slack: no matching call within ${timeoutMs} ms; saw ${calls.map((c) => c.method).join(', ') || 'nothing'}`));
          }
        }, timeoutMs).unref();
      });
    },
    reset() {
      calls.length = 0;
      failures.clear();
      delays.clear();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
