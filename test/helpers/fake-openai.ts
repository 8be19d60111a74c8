// A local server speaking the OpenAI HTTP API, for driving LangChain's OpenAI models in tests. It
// also answers Azure OpenAI's URL shape (/openai/deployments/{deployment}/...?api-version=...).
// Embeddings are deterministic functions of the input text; chat answers come from the test.
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The query string's parameters (Azure sends api-version). */
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

export type ChatResponder = (body: Record<string, unknown>) => string | { status: number; body: unknown };
export type EmbeddingResponder = (body: Record<string, unknown>) => { status: number; body: unknown } | undefined;

export interface FakeOpenAIOptions {
  /** Embedding size (default 16). */
  dimensions?: number;
  /** Answers chat completions: a string is the assistant's content; `{status, body}` is sent as is. */
  chat?: ChatResponder;
  /** Holds every chat answer this long (to test deadlines); a function is asked on each request. */
  chatDelayMs?: number | (() => number);
  /** Lets a test fail embeddings (return `{status, body}`); return undefined for the normal answer. */
  embeddings?: EmbeddingResponder;
}

export interface FakeOpenAI {
  /** e.g. http://127.0.0.1:54321/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

/** A deterministic unit vector for a text: the same text always gets the same vector. */
export function fakeVector(text: string, dimensions: number): Float32Array {
  const v = new Float32Array(dimensions);
  let block = createHash('sha256').update(text).digest();
  for (let i = 0; i < dimensions; i++) {
    if (i % 16 === 0 && i > 0) block = createHash('sha256').update(block).digest();
    v[i] = block.readUInt16LE((i % 16) * 2) / 65535 - 0.5;
  }
  let norm = 0;
  for (const x of v) norm += x * x;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < dimensions; i++) v[i] = v[i]! / norm;
  return v;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function apiError(message: string, type: string): { error: { message: string; type: string; code: null } } {
  return { error: { message, type, code: null } };
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  const raw = Buffer.concat(parts).toString('utf8');
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
}

function embeddingsAnswer(body: Record<string, unknown>, dimensions: number): unknown {
  const input = body.input;
  const texts = Array.isArray(input) ? input.map(String) : [String(input)];
  const base64 = body.encoding_format === 'base64';
  let tokens = 0;
  const data = texts.map((text, index) => {
    tokens += text.split(/\s+/).filter(Boolean).length;
    const v = fakeVector(text, dimensions);
    const embedding = base64 ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') : Array.from(v);
    return { object: 'embedding', index, embedding };
  });
  return { object: 'list', data, model: body.model, usage: { prompt_tokens: tokens, total_tokens: tokens } };
}

function chatAnswer(body: Record<string, unknown>, content: string): unknown {
  return {
    id: `chatcmpl-fake-${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: body.model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

export async function startFakeOpenAI(opts: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const dimensions = opts.dimensions ?? 16;
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      const path = url.pathname;
      // Azure: the deployment in the path stands for the model; the operation is the same.
      const op = path.replace(/^\/openai\/deployments\/[^/]+\//, '/v1/');
      let body: Record<string, unknown>;
      try {
        body = await readBody(req);
      } catch {
        sendJson(res, 400, apiError('Request body is not valid JSON.', 'invalid_request_error'));
        return;
      }
      requests.push({ method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), headers: req.headers, body });
      if (req.method !== 'POST') {
        sendJson(res, 405, apiError(`Method ${req.method} not allowed.`, 'invalid_request_error'));
      } else if (op === '/v1/embeddings') {
        const override = opts.embeddings?.(body);
        if (override) sendJson(res, override.status, override.body);
        else sendJson(res, 200, embeddingsAnswer(body, dimensions));
      } else if (op === '/v1/chat/completions') {
        if (!opts.chat) {
          sendJson(res, 500, apiError('The fake has no chat responder for this test.', 'server_error'));
          return;
        }
        const delay = typeof opts.chatDelayMs === 'function' ? opts.chatDelayMs() : opts.chatDelayMs;
        if (delay) await new Promise((r) => setTimeout(r, delay));
        if (res.destroyed) return;
        const answer = opts.chat(body);
        if (typeof answer === 'string') sendJson(res, 200, chatAnswer(body, answer));
        else sendJson(res, answer.status, answer.body);
      } else {
        sendJson(res, 404, apiError(`Unknown path ${path}.`, 'invalid_request_error'));
      }
    })().catch((err: unknown) => {
      if (!res.headersSent) sendJson(res, 500, apiError(String(err), 'server_error'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
