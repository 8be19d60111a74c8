// The burst's fake Bot Connector in a process of its own, as Teams' connector is a service apart from
// the sender of activities: what the server sends it (typing, member lookups, answers, one of each
// per message) then never shares an event loop with the load client timing acknowledgements. Run by
// bench/teams-load.ts; says where it listens, then on `watch` reports when each conversation got its
// answer (epoch ms, comparable across processes) and how many answers and notes each got.
import { MARIA } from '../test/channels/teams/harness.js';
import { startFakeConnector, type ConnectorCall } from '../test/helpers/fake-connector.js';

export type ToConnector = { type: 'watch'; id: number; conversationIds: string[]; timeoutMs: number; quietMs: number };
export type FromConnector =
  | { type: 'ready'; serviceUrl: string }
  | { type: 'answered'; id: number; answeredAt: (number | null)[]; answerCounts: number[]; stillWorkingNotes: number };

const isNote = (c: ConnectorCall) => JSON.stringify(c.body).includes('Still working on it');
const isAnswer = (c: ConnectorCall, conversationId: string) => c.conversationId === conversationId && c.body.type === 'message' && !isNote(c);
const epochNow = () => performance.timeOrigin + performance.now();

const connector = await startFakeConnector();
connector.setMember(MARIA.aadObjectId, { name: MARIA.name, email: 'mrivera@example.org', aadObjectId: MARIA.aadObjectId });
const send = (msg: FromConnector) => new Promise<void>((resolve) => process.send?.(msg, undefined, {}, () => resolve()));
process.on('message', (msg: ToConnector) => {
  if (msg.type !== 'watch') return;
  void Promise.all(msg.conversationIds.map((id) => connector.waitFor((c) => isAnswer(c, id), msg.timeoutMs).then(epochNow, () => null))).then(async (answeredAt) => {
    // Answers sent twice would arrive after the first: wait a little before counting.
    await new Promise((r) => setTimeout(r, msg.quietMs));
    const sent = connector.sent();
    await send({
      type: 'answered',
      id: msg.id,
      answeredAt,
      answerCounts: msg.conversationIds.map((id) => sent.filter((c) => isAnswer(c, id)).length),
      stillWorkingNotes: sent.filter((c) => c.body.type === 'message' && isNote(c)).length,
    });
  });
});
process.once('disconnect', () => void connector.close().finally(() => process.exit(0)));
await send({ type: 'ready', serviceUrl: connector.serviceUrl });
