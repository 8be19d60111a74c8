// Slack's side of Socket Mode on 127.0.0.1: a WebSocket server (RFC 6455, text frames, ping/pong,
// written here so the tests need no WebSocket package of their own) that greets each connection with
// `hello`, sends envelopes (events_api, interactive, slash_commands), records the acks by envelope_id,
// and can ask the client to reconnect with a `disconnect` message, as Slack does before a refresh.
// The fake Web API's apps.connections.open hands out `url`.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type EnvelopeType = 'events_api' | 'interactive' | 'slash_commands';

export interface FakeSocketMode {
  /** The ws:// URL apps.connections.open returns. */
  url: string;
  /** Connections opened so far (a reconnect opens a new one). */
  connections: number;
  /** Connections open now. */
  open(): number;
  /** Sends an envelope on the newest open connection; resolves with its ack's payload once acked. */
  send(type: EnvelopeType, payload: Record<string, unknown>): Promise<Record<string, unknown> | undefined>;
  /** Asks the client to reconnect (Slack's `disconnect` with reason refresh_requested). */
  disconnect(): void;
  waitForConnections(n: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

/** One server-to-client frame (never masked). */
function frame(opcode: number, data: Buffer): Buffer {
  const len = data.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : len < 65536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (len >= 126 && len < 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(len, 2);
  } else if (len >= 65536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(len), 2);
  }
  return Buffer.concat([head, data]);
}

/** Reads whole client frames (always masked) from a buffer; returns them and what is left over. */
function readFrames(buf: Buffer): { frames: { opcode: number; data: Buffer }[]; rest: Buffer } {
  const frames: { opcode: number; data: Buffer }[] = [];
  let at = 0;
  for (;;) {
    if (buf.length - at < 2) break;
    const opcode = buf[at]! & 0x0f;
    let len = buf[at + 1]! & 0x7f;
    let offset = at + 2;
    if (len === 126) {
      if (buf.length - at < 4) break;
      len = buf.readUInt16BE(at + 2);
      offset = at + 4;
    } else if (len === 127) {
      if (buf.length - at < 10) break;
      len = Number(buf.readBigUInt64BE(at + 2));
      offset = at + 10;
    }
    if (buf.length < offset + 4 + len) break;
    const mask = buf.subarray(offset, offset + 4);
    const data = Buffer.from(buf.subarray(offset + 4, offset + 4 + len));
    for (let i = 0; i < data.length; i++) data[i] = data[i]! ^ mask[i % 4]!;
    frames.push({ opcode, data });
    at = offset + 4 + len;
  }
  return { frames, rest: buf.subarray(at) };
}

export async function startFakeSocketMode(): Promise<FakeSocketMode> {
  const sockets: Socket[] = [];
  const acks = new Map<string, (payload: Record<string, unknown> | undefined) => void>();
  let connections = 0;
  const connectionWaiters: (() => void)[] = [];
  const sendText = (socket: Socket, value: unknown) => socket.write(frame(0x1, Buffer.from(JSON.stringify(value))));

  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, socket: Socket) => {
    const key = req.headers['sec-websocket-key'];
    if (!key) return void socket.destroy();
    const accept = createHash('sha1').update(`${key}${GUID}`).digest('base64');
    socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    sockets.push(socket);
    connections += 1;
    let pending: Buffer = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      const { frames, rest } = readFrames(Buffer.concat([pending, chunk]));
      pending = rest;
      for (const f of frames) {
        if (f.opcode === 0x9) socket.write(frame(0xa, f.data));
        else if (f.opcode === 0x8) socket.end(frame(0x8, Buffer.alloc(0)));
        else if (f.opcode === 0x1) {
          const msg = JSON.parse(f.data.toString('utf8')) as { envelope_id?: string; payload?: Record<string, unknown> };
          if (msg.envelope_id) acks.get(msg.envelope_id)?.(msg.payload);
        }
      }
    });
    const drop = () => sockets.splice(sockets.indexOf(socket), 1);
    socket.once('close', drop);
    socket.on('error', () => undefined);
    sendText(socket, { type: 'hello', num_connections: 1, debug_info: { host: 'fake-socket-mode', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } });
    for (const w of connectionWaiters.splice(0)) w();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`;

  return {
    url,
    get connections() {
      return connections;
    },
    open: () => sockets.length,
    send(type, payload) {
      const socket = sockets.at(-1);
      if (!socket) return Promise.reject(new Error('fake Socket Mode: no client is connected'));
      const envelopeId = randomUUID();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          acks.delete(envelopeId);
          reject(new Error(`fake Socket Mode: envelope ${type} was not acknowledged in 10 s`));
        }, 10_000);
        acks.set(envelopeId, (p) => {
          clearTimeout(timer);
          acks.delete(envelopeId);
          resolve(p);
        });
        sendText(socket, { envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' });
      });
    },
    disconnect() {
      for (const s of sockets) sendText(s, { type: 'disconnect', reason: 'refresh_requested', debug_info: { host: 'fake-socket-mode' } });
    },
    async waitForConnections(n, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (connections < n) {
        if (Date.now() > deadline) throw new Error(`fake Socket Mode: ${connections} connections, expected ${n}`);
        await new Promise<void>((r) => {
          connectionWaiters.push(r);
          setTimeout(r, 200);
        });
      }
    },
    close() {
      for (const s of sockets) s.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
