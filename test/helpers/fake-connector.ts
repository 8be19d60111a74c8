// A local server speaking the Bot Connector REST API at the activity's serviceUrl: it records what the
// bot sends (new conversations, activities, replies, updates), serves member lookups, and can be told
// to refuse or throttle the next call.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ConnectorCall {
  method: string;
  path: string;
  /** 'createConversation' | 'sendToConversation' | 'replyToActivity' | 'updateActivity' | 'getMember' | other */
  op: string;
  conversationId?: string;
  activityId?: string;
  body: Record<string, unknown>;
  auth?: string;
  /** The id this server gave the activity it created (sends and replies). */
  createdId?: string;
  /** Answered with a scripted failure: nothing was delivered. */
  failed?: boolean;
}

export interface FakeConnector {
  /** The serviceUrl activities carry (with the trailing slash Teams uses). */
  serviceUrl: string;
  calls: ConnectorCall[];
  /** Activities the bot sent (not typing, not refused), in order. */
  sent(): ConnectorCall[];
  setMember(id: string, member: { name?: string; email?: string; aadObjectId?: string }): void;
  /** The next call matching `op` answers with `status` (and Retry-After when given). */
  failNext(op: string, status: number, retryAfter?: string): void;
  waitFor(match: (c: ConnectorCall) => boolean, timeoutMs?: number): Promise<ConnectorCall>;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  } catch {
    return { raw: text };
  }
}

function opOf(method: string, parts: string[]): { op: string; conversationId?: string; activityId?: string } {
  // v3/conversations[/{id}[/activities[/{activityId}]|/members/{id}|/pagedmembers]]
  const [, , conv, kind, sub] = parts;
  const conversationId = conv ? decodeURIComponent(conv) : undefined;
  if (!conv) return { op: method === 'POST' ? 'createConversation' : 'listConversations' };
  if (kind === 'activities' && !sub) return { op: 'sendToConversation', conversationId };
  if (kind === 'activities' && sub) return { op: method === 'PUT' ? 'updateActivity' : method === 'DELETE' ? 'deleteActivity' : 'replyToActivity', conversationId, activityId: decodeURIComponent(sub) };
  if (kind === 'members' && sub) return { op: 'getMember', conversationId, activityId: decodeURIComponent(sub) };
  if (kind === 'pagedmembers') return { op: 'pagedMembers', conversationId };
  return { op: `${method} ${parts.join('/')}`, conversationId };
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const members = new Map<string, { name?: string; email?: string; aadObjectId?: string }>();
  const failures: { op: string; status: number; retryAfter?: string }[] = [];
  const waiters: { match: (c: ConnectorCall) => boolean; resolve: (c: ConnectorCall) => void }[] = [];
  let seq = 0;
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean);
    const body = await readJson(req);
    const { op, conversationId, activityId } = opOf(req.method ?? 'GET', parts);
    const call: ConnectorCall = { method: req.method ?? 'GET', path: url.pathname, op, body, ...(conversationId ? { conversationId } : {}), ...(activityId ? { activityId } : {}), ...(req.headers.authorization ? { auth: req.headers.authorization } : {}) };
    calls.push(call);
    for (const w of [...waiters]) if (w.match(call)) { waiters.splice(waiters.indexOf(w), 1); w.resolve(call); }
    res.setHeader('content-type', 'application/json');
    const failure = failures.findIndex((f) => f.op === op);
    if (failure >= 0) {
      const f = failures.splice(failure, 1)[0]!;
      call.failed = true;
      res.statusCode = f.status;
      if (f.retryAfter) res.setHeader('retry-after', f.retryAfter);
      res.end(JSON.stringify({ error: { code: 'Failed', message: `scripted ${f.status}` } }));
      return;
    }
    if (op === 'createConversation') {
      res.statusCode = 201;
      res.end(JSON.stringify({ id: `a:new-chat-${++seq}`, activityId: '', serviceUrl }));
    } else if (op === 'getMember') {
      const m = members.get(activityId ?? '');
      if (!m) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation', message: 'not found' } }));
      } else res.end(JSON.stringify({ id: activityId, ...m }));
    } else if (op === 'pagedMembers') {
      res.end(JSON.stringify({ members: [...members.entries()].map(([id, m]) => ({ id, ...m })) }));
    } else {
      call.createdId = `act-${++seq}`;
      res.end(JSON.stringify({ id: call.createdId }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const isSend = (c: ConnectorCall) => ['sendToConversation', 'replyToActivity'].includes(c.op) && c.body.type !== 'typing' && !c.failed;
  return {
    serviceUrl,
    calls,
    sent: () => calls.filter(isSend),
    setMember: (id, m) => void members.set(id, m),
    failNext: (op, status, retryAfter) => void failures.push({ op, status, ...(retryAfter ? { retryAfter } : {}) }),
    waitFor(match, timeoutMs = 10_000) {
      const found = calls.find(match);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const w = { match, resolve: (c: ConnectorCall) => { clearTimeout(timer); resolve(c); } };
        const timer = setTimeout(() => { waiters.splice(waiters.indexOf(w), 1); reject(new Error(`no matching connector call in ${timeoutMs} ms; saw ${calls.map((c) => c.op).join(', ')}`)); }, timeoutMs);
        waiters.push(w);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
