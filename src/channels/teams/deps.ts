// What every Teams handler receives, and the one path from an acknowledged activity to delivered replies.
import { TeamsInfo, TurnContext, type Activity } from 'botbuilder';
import type { Clock } from '../../core/clock.js';
import type { Assistant, Inbound, Person, Reply } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import type { Telemetry } from '../../metrics.js';
import { stillWorkingReply } from '../../core/still-working.js';
import { stillWorkingAfter } from '../still-working.js';
import type { WorkQueue } from '../work-queue.js';
import { withBoundary } from './boundary.js';
import { deliver, type Origin } from './deliver.js';
import { isPrivateChannel } from './private-channel.js';
import { continueIn, type Proactive } from './proactive.js';
import type { References } from './references.js';
import { conversationOf, personOf } from './to-inbound.js';

export interface TeamsDeps {
  assistant: Assistant;
  references: References;
  proactive: Proactive;
  log: Logger;
  clock: Clock;
  work: WorkQueue;
  /** Queue depth and wait time, for /metrics. */
  telemetry: Telemetry;
  /** After this long without an answer, the person is told it is still coming (ms). */
  stillWorkingMs: number;
}

export function originOf(activity: Partial<Activity>): Origin {
  const where = conversationOf(activity);
  const tenantId = activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
  return {
    ref: TurnContext.getConversationReference(activity),
    kind: where.kind,
    fromId: activity.from?.id ?? '',
    aadObjectId: activity.from?.aadObjectId ?? activity.from?.id ?? '',
    ...(activity.from?.name ? { name: activity.from.name } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(where.threadId ? { thread: where.threadId } : {}),
    ...(isPrivateChannel(activity) ? { cannotPost: true } : {}),
  };
}

/** The person behind an activity, with their email when Teams tells (partners are matched by it too). */
export async function personFor(deps: TeamsDeps, ctx: TurnContext, activity: Partial<Activity>): Promise<Person> {
  const id = activity.from?.aadObjectId ?? activity.from?.id;
  if (!id || ctx.activity.channelId !== 'msteams') return personOf(activity);
  try {
    const member = await TeamsInfo.getMember(ctx, id);
    return personOf(activity, member.email ? { email: member.email } : {});
  } catch (err) {
    deps.log.debug({ err }, 'teams: member lookup failed; going on without the email');
    return personOf(activity);
  }
}

/**
 * Queues work for one acknowledged activity: a proactive turn in its conversation (the activity's own
 * turn is revoked once the HTTP answer is sent), inside the error boundary. Returns at once. With
 * `stillWorking`, a long wait gets the "still working" note (typing, then the note) rather than
 * silence, until `work` calls its `answered` callback.
 */
export function queueTurn(deps: TeamsDeps, origin: Origin, what: string, work: (ctx: TurnContext, answered: () => void) => Promise<void>, opts: { stillWorking?: boolean } = {}): void {
  const queuedAt = performance.now();
  const still = opts.stillWorking
    ? stillWorkingAfter(
        deps.stillWorkingMs,
        () =>
          continueIn(deps.proactive, origin.ref, async (ctx) => {
            await ctx.sendActivity({ type: 'typing' });
            await deliver(deps, ctx, origin, [stillWorkingReply()]);
          }),
        (err) => deps.log.warn({ err, what }, 'teams: could not send the still-working note'),
      )
    : undefined;
  deps.work.push(async () => {
    deps.telemetry.queueWait('teams', (performance.now() - queuedAt) / 1000);
    try {
      await continueIn(deps.proactive, origin.ref, (ctx) => withBoundary(ctx, deps.log, what, () => work(ctx, () => still?.done())));
    } catch (err) {
      deps.log.error({ err, what, conversation: origin.ref.conversation?.id }, 'teams: could not reach the conversation to answer');
    } finally {
      still?.done();
      deps.telemetry.queueDepth('teams', deps.work.size - 1);
    }
  });
  deps.telemetry.queueDepth('teams', deps.work.size);
}

/**
 * Queues the Inbound built from an acknowledged activity: asked (`answer`, the assistant by default),
 * its replies delivered. `addressed`: someone spoke to Liaison, so a long wait gets the still-working
 * note; a message nobody addressed to Liaison may get no answer at all, so it gets no note either.
 */
export function queueInbound(
  deps: TeamsDeps,
  origin: Origin,
  what: string,
  build: (ctx: TurnContext) => Promise<Inbound | undefined>,
  opts: { answer?: (inbound: Inbound) => Promise<Reply[]>; addressed?: boolean } = {},
): void {
  const queuedAt = performance.now();
  const answer = opts.answer ?? ((inbound: Inbound) => deps.assistant.handle(inbound));
  queueTurn(
    deps,
    origin,
    what,
    async (ctx, answered) => {
      const started = performance.now();
      const inbound = await build(ctx);
      if (!inbound) return;
      const replies = await answer(inbound);
      answered();
      await deliver(deps, ctx, origin, replies);
      deps.log.info(
        { what, inbound: inbound.id, kind: inbound.kind, addressed: inbound.addressed, replies: replies.map((r) => r.kind), ms: Math.round(performance.now() - started), waitedMs: Math.round(started - queuedAt) },
        'teams: handled',
      );
    },
    { stillWorking: opts.addressed ?? true },
  );
}
