// Teams' side of the load client (bench/slack-load-client.ts): a local Bot Framework key server that
// signs channel tokens, a fake Bot Connector where the replies arrive, and the message activities of a
// burst, each in its own personal chat, prepared before the clock starts.
import { startKeyServer, TEST_APP_ID, TEST_ISSUER, type KeyServer } from '../test/helpers/bot-tokens.js';
import { startFakeConnector, type ConnectorCall, type FakeConnector } from '../test/helpers/fake-connector.js';
import { MARIA, messageActivity, TENANT } from '../test/channels/teams/harness.js';

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
  connector: FakeConnector;
  keys: KeyServer;
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
  const connector = await startFakeConnector();
  connector.setMember(MARIA.aadObjectId, { name: MARIA.name, email: 'mrivera@example.org', aadObjectId: MARIA.aadObjectId });
  return {
    endpoints: { serviceUrl: connector.serviceUrl, metadataUrl: keys.metadataUrl, issuer: TEST_ISSUER, appId: TEST_APP_ID, tenantId: TENANT },
    connector,
    keys,
    close: async () => {
      await Promise.all([keys.close(), connector.close()]);
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
    const body = JSON.stringify(messageActivity(side.connector.serviceUrl, { text: questions[i % questions.length] ?? 'Who do I call about VR?', conversationId }));
    return {
      conversationId,
      body,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        authorization: `Bearer ${side.keys.token({ serviceUrl: side.connector.serviceUrl })}`,
      },
    };
  });
}

const isNote = (c: ConnectorCall) => JSON.stringify(c.body).includes('Still working on it');
const isReply = (c: ConnectorCall, conversationId: string) => c.conversationId === conversationId && c.body.type === 'message';

/** Resolves with the time each activity's answer arrived (null: none within the timeout). */
export function awaitAnswers(side: TeamsSide, prepared: PreparedActivity[], timeoutMs: number): Promise<number | null>[] {
  return prepared.map((p) =>
    side.connector.waitFor((c) => isReply(c, p.conversationId) && !isNote(c), timeoutMs).then(
      () => performance.now(),
      () => null,
    ),
  );
}

export function countAnswers(side: TeamsSide, prepared: PreparedActivity[]): { answerCounts: number[]; stillWorkingNotes: number } {
  const sent = side.connector.sent();
  return {
    answerCounts: prepared.map((p) => sent.filter((c) => isReply(c, p.conversationId) && !isNote(c)).length),
    stillWorkingNotes: sent.filter((c) => c.body.type === 'message' && isNote(c)).length,
  };
}
