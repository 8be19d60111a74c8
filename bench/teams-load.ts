// Teams' side of the load client (bench/slack-load-client.ts): a local Bot Framework key server that
// signs channel tokens, a fake Bot Connector where the replies arrive (in a process of its own,
// bench/teams-connector-process.ts, as Teams' connector is a service apart from the sender), and the
// message activities of a burst, each in its own personal chat, prepared before the clock starts.
import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { startKeyServer, TEST_APP_ID, TEST_ISSUER, type KeyServer } from '../test/helpers/bot-tokens.js';
import { messageActivity, TENANT } from '../test/channels/teams/harness.js';
import type { FromConnector, ToConnector } from './teams-connector-process.js';

/** What the server's configuration needs to trust these tokens and reach this connector. */
export interface TeamsEndpoints {
  serviceUrl: string;
  metadataUrl: string;
  issuer: string;
  appId: string;
  tenantId: string;
}

export interface TeamsSide {
  endpoints: TeamsEndpoints;
  keys: KeyServer;
  /**
   * Resolves once every prepared activity is answered (or `timeoutMs` passed) and a quiet spell
   * after: when each answer arrived (this process's performance.now() scale; null: none in time),
   * answers per conversation, and "still working" notes.
   */
  answers(prepared: PreparedActivity[], timeoutMs: number, quietMs: number): Promise<{ at: (number | null)[]; answerCounts: number[]; stillWorkingNotes: number }>;
  close(): Promise<void>;
}

export interface PreparedActivity {
  conversationId: string;
  body: string;
  headers: Record<string, string>;
}

export interface TeamsLoadResult {
  /** Per activity: request sent -> HTTP 200 received, ms. */
  acks: number[];
  /** Per activity: request sent -> its last byte handed to the kernel, ms (the load client's own part). */
  sendDelays: number[];
  /** Per activity: request sent -> its answer recorded by the fake connector, ms (null: none in time). */
  answers: (number | null)[];
  /** Per activity: answers in its conversation, counted after a quiet period ("still working" notes apart). */
  answerCounts: number[];
  /** "Still working on it" notes sent. */
  stillWorkingNotes: number;
  httpErrors: string[];
}

export async function startTeamsSide(): Promise<TeamsSide> {
  const keys = await startKeyServer();
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'teams-connector-process.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const serviceUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (m: FromConnector) => (m.type === 'ready' ? resolve(m.serviceUrl) : reject(new Error('the connector process did not start'))));
    child.once('exit', (code) => reject(new Error(`the connector process exited (code ${code})`)));
  });
  let nextId = 0;
  return {
    endpoints: { serviceUrl, metadataUrl: keys.metadataUrl, issuer: TEST_ISSUER, appId: TEST_APP_ID, tenantId: TENANT },
    keys,
    answers(prepared, timeoutMs, quietMs) {
      const id = (nextId += 1);
      return new Promise((resolve) => {
        const onMessage = (m: FromConnector) => {
          if (m.type !== 'answered' || m.id !== id) return;
          child.off('message', onMessage);
          resolve({ at: m.answeredAt.map((t) => (t === null ? null : t - performance.timeOrigin)), answerCounts: m.answerCounts, stillWorkingNotes: m.stillWorkingNotes });
        };
        child.on('message', onMessage);
        child.send({ type: 'watch', id, conversationIds: prepared.map((p) => p.conversationId), timeoutMs, quietMs } satisfies ToConnector);
      });
    },
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.disconnect();
      await Promise.all([keys.close(), exited]);
    },
  };
}

/** The environment that points a Liaison server at this side: token checks against the local key server. */
export function teamsEnv(e: TeamsEndpoints): Record<string, string> {
  return {
    MICROSOFT_APP_ID: e.appId,
    MICROSOFT_APP_PASSWORD: 'not-used-with-bench-credentials',
    MICROSOFT_APP_TENANT_ID: e.tenantId,
    TEAMS_OPENID_METADATA_URL: e.metadataUrl,
    TEAMS_TOKEN_ISSUER: e.issuer,
    TEAMS_SERVICE_URL: e.serviceUrl,
  };
}

export function prepareActivities(side: TeamsSide, count: number, questions: string[], run: string): PreparedActivity[] {
  return Array.from({ length: count }, (_, i) => {
    const conversationId = `a:burst-${run}-${i}`;
    const body = JSON.stringify(messageActivity(side.endpoints.serviceUrl, { text: questions[i % questions.length] ?? 'Who do I call about VR?', conversationId }));
    return {
      conversationId,
      body,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        authorization: `Bearer ${side.keys.token({ serviceUrl: side.endpoints.serviceUrl })}`,
      },
    };
  });
}
