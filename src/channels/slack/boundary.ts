// The one error boundary of the Slack channel: whatever fails while handling an event or interaction,
// the person gets a short message with a reference id, and the same id is logged. Never silent.
import { describeError, newRef } from '../../core/errors.js';
import { renderMessages } from './render/blocks.js';
import { type DeliverDeps, type Origin, toRequester } from './deliver.js';

export async function tellFailure(deps: DeliverDeps, origin: Origin, err: unknown, what: string): Promise<string> {
  const ref = newRef();
  deps.log.error({ err, ref, what, channel: origin.channel, user: origin.userId }, 'slack: handling failed');
  const said = describeError(err, ref);
  const messages = renderMessages({ kind: 'error', text: said.text, hints: said.hints, ref, audience: { kind: 'requester' } });
  try {
    await toRequester(deps, origin, messages);
  } catch (first) {
    try {
      // The usual route failed too (e.g. the channel is gone): try the person's DM before giving up.
      await toRequester(deps, { userId: origin.userId }, messages);
    } catch (second) {
      deps.log.error({ err: second, first, ref, user: origin.userId }, 'slack: could not tell the person about a failure');
    }
  }
  return ref;
}

/** Runs `work`; any failure becomes a message to the person (with a reference id) and a log line. */
export async function withBoundary(deps: DeliverDeps, origin: Origin, what: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (err) {
    await tellFailure(deps, origin, err, what);
  }
}
