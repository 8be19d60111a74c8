// The one entry point every channel calls: handle(inbound) -> replies. It routes to the skills,
// drops repeats of the same inbound (Slack retries, several instances), and never throws: a failure
// becomes an 'error' Reply with a reference id that is also in the log.
//
// Build one with createAssistant({ work, plans, clock, timeZone, log, telemetry }), where `work` answers and
// extracts (in this thread or in worker threads: heavy-work.ts);
// main.ts does it for the server and the CLI, and test/helpers/assistant.ts builds one over a small
// knowledge fixture and a temporary embedded store for channel tests.
import { randomUUID } from 'node:crypto';
import { silentLogger, type Logger } from '../log.js';
import { noTelemetry, type Telemetry } from '../metrics.js';
import { describeError, LiaisonError, newRef } from './errors.js';
import type { Clock } from './clock.js';
import type { Assistant, Inbound, Reply } from './messages.js';
import type { HeavyWork } from './heavy-work.js';
import { DATE_CONVENTION } from './notes/index.js';
import { dateIn } from './plans/dates.js';
import type { PlanService } from './plans/plan-service.js';
import { answerReply, directoryReply, threadContext } from './skills/ask.js';
import { helpReply } from './skills/help.js';
import { ctxOf, info } from './skills/reply.js';
import * as notes from './skills/notes.js';
import { commitmentAction } from './skills/commitment-actions.js';
import * as planCmd from './skills/plan-commands.js';
import { rememberThread, setFollowups, shouldFollowUp } from './skills/settings.js';
import { hint, hinted } from './hints.js';

export interface AssistantDeps {
  /** Answering and extraction: in this thread or in worker threads. */
  work: HeavyWork;
  plans: PlanService;
  clock: Clock;
  /** The team's time zone: the meeting date of notes posted in a conversation with no plan yet. */
  timeZone: string;
  log?: Logger;
  telemetry?: Telemetry;
}

const DEDUPE_TTL_MS = 24 * 3600 * 1000;
/** Errors the person can fix (their message says how): logged as a refusal, without a stack trace. */
const PERSON_FIXES = new Set(['bad_input', 'too_large', 'not_found', 'forbidden', 'conflict']);
const ANSWER_TTL_MS = 30 * 24 * 3600 * 1000;

interface StoredAnswer {
  question: string;
  sources: string[];
}

export function createAssistant(deps: AssistantDeps): Assistant {
  const log = deps.log ?? silentLogger;
  const telemetry = deps.telemetry ?? noTelemetry;
  const store = deps.plans.store;
  const notesDeps = { plans: deps.plans, extractor: deps.work, timeZone: deps.timeZone };

  async function answer(inbound: Inbound, question: string): Promise<Reply[]> {
    const started = performance.now();
    const { platform, id, threadId } = inbound.where;
    const result = await deps.work.ask(question, threadContext(question, inbound.thread), {
      ...(threadId ? { thread: { platform, id, threadId } } : {}),
      partners: () => partnerNames(inbound),
      clock: deps.clock,
      timeZone: deps.timeZone,
    });
    const answerId = randomUUID();
    // The answer goes out even when the store is away: only its rating and the thread's follow-ups are lost.
    await bestEffort('remember the answer', async () => {
      await store.putState(`answer:${answerId}`, { question: result.question, sources: result.answer.citations.map((c) => c.source) } satisfies StoredAnswer, ANSWER_TTL_MS);
      await rememberThread(store, inbound.where);
    });
    const seconds = (performance.now() - started) / 1000;
    telemetry.answered(seconds, result.answer.grounded, result.answer.mode);
    log.info({ inbound: inbound.id, grounded: result.answer.grounded, mode: result.answer.mode, sources: result.answer.citations.length, ms: Math.round(seconds * 1000) }, 'answered');
    return [answerReply(result, answerId)];
  }

  /** The names a model may see: the directory's partners and the asker. Without the store, only the asker. */
  async function partnerNames(inbound: Inbound): Promise<string[]> {
    const asker = inbound.from.name ? [inbound.from.name] : [];
    try {
      return [...asker, ...(await deps.plans.partnerNames())];
    } catch (err) {
      if (!(err instanceof LiaisonError && err.code === 'store_unavailable')) throw err;
      return asker;
    }
  }

  /** Runs a write the reply does not depend on; a store that is away is logged, not fatal. */
  async function bestEffort(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      if (!(err instanceof LiaisonError && err.code === 'store_unavailable')) throw err;
      log.warn({ what }, 'store unavailable; going on without it');
    }
  }

  /** Repeats of one inbound are dropped across instances by the store; while it is away, in this process. */
  const recent = new Map<string, number>();
  async function firstTime(key: string): Promise<boolean> {
    try {
      return await store.claimOnce(key, DEDUPE_TTL_MS);
    } catch (err) {
      if (!(err instanceof LiaisonError && err.code === 'store_unavailable')) throw err;
      const now = deps.clock.now().getTime();
      for (const [k, exp] of recent) if (exp <= now) recent.delete(k);
      if (recent.has(key)) return false;
      if (recent.size >= 10_000) recent.delete(recent.keys().next().value as string);
      recent.set(key, now + DEDUPE_TTL_MS);
      return true;
    }
  }

  async function message(inbound: Inbound): Promise<Reply[]> {
    const text = inbound.text;
    const isNotes = notes.looksLikeNotes(text, dateIn(deps.timeZone, inbound.receivedAt));
    if (!inbound.addressed) {
      // Notes posted without a mention in a conversation linked to a plan (where the platform lets
      // Liaison read every message, e.g. Teams with resource-specific consent) are proposed to the
      // poster; anything else unaddressed is answered only as a follow-up.
      let linked: boolean;
      let followUp: boolean;
      try {
        linked = isNotes && inbound.where.kind !== 'dm' && !!(await deps.plans.findPlanForConversation(ctxOf(inbound).conversation!));
        followUp = !linked && (await shouldFollowUp(store, inbound.where));
      } catch (err) {
        // Nobody addressed Liaison: while its store is away it stays quiet rather than post an error.
        if (err instanceof LiaisonError && err.code === 'store_unavailable') return [];
        throw err;
      }
      if (linked) return notes.propose(notesDeps, inbound, text);
      return followUp ? answer(inbound, text) : [];
    }
    if (isNotes) return notes.propose(notesDeps, inbound, text);
    return answer(inbound, text);
  }

  async function command(inbound: Inbound): Promise<Reply[]> {
    const { name, args } = inbound.command ?? { name: 'help', args: [] };
    switch (name.toLowerCase()) {
      case 'ask':
        return answer(inbound, args.join(' '));
      case 'notes':
        return inbound.text.trim() && args.length
          ? notes.propose(notesDeps, inbound, inbound.text)
          : [{ kind: 'form', audience: { kind: 'requester' }, text: 'Paste the meeting notes. I will show you the action items I find; nothing is logged until you confirm.', context: { form: 'notes' } }];
      case 'create':
        return planCmd.createPlan(deps.plans, inbound, args);
      case 'link':
        return planCmd.link(deps.plans, inbound, args);
      case 'unlink':
        return planCmd.unlink(deps.plans, inbound);
      case 'plan':
        return planCmd.showPlan(deps.plans, inbound);
      case 'plans':
        return planCmd.listPlans(deps.plans, inbound);
      case 'done':
        return planCmd.done(deps.plans, inbound, args);
      case 'snooze':
        return planCmd.snooze(deps.plans, inbound, args);
      case 'home':
        return planCmd.home(deps.plans, inbound);
      case 'followups': {
        const on = (args[0] ?? '').toLowerCase();
        if (on !== 'on' && on !== 'off') return [info(hinted`Say ${hint('followups', 'on')} (answer follow-ups in my threads without a mention) or ${hint('followups', 'off')}.`)];
        await setFollowups(store, inbound.where, on === 'on');
        return [info(on === 'on' ? 'I will answer follow-up questions in threads I have answered, without a new mention.' : 'I will answer only when mentioned.', 'conversation')];
      }
      case 'help':
        return [helpReply(DATE_CONVENTION)];
      default:
        return [info(hinted`I don't know the command "${name}". Try ${hint('help')}.`)];
    }
  }

  async function action(inbound: Inbound): Promise<Reply[]> {
    switch (inbound.action?.id) {
      case 'feedback':
        return feedback(inbound);
      case 'directory.more':
        return moreServices(inbound);
      case 'proposal.confirm': {
        const replies = await notes.confirm(notesDeps, inbound);
        const logged = replies.find((r) => r.kind === 'logged');
        if (logged?.commitments) telemetry.logged(logged.commitments.length);
        return replies;
      }
      case 'proposal.again':
        return notes.confirm(notesDeps, inbound, true);
      case 'proposal.cancel':
        return notes.cancel(notesDeps, inbound);
      case 'proposal.edit':
        return notes.editForm(notesDeps, inbound);
      case 'proposal.save':
        return notes.saveEdits(notesDeps, inbound);
      case 'plan.create.anyway':
        return planCmd.createPlan(deps.plans, inbound, [String(inbound.action.data?.label ?? '')], true);
      case 'commitment.done':
      case 'commitment.snooze':
      case 'commitment.date':
      case 'commitment.cannot':
      case 'commitment.close':
      case 'commitment.reassign':
      case 'commitment.remind':
      case 'commitment.iep':
      case 'commitment.reconvene': {
        const replies = await commitmentAction(deps.plans, inbound);
        // Pressed on the home view: show it again, without what was just closed or moved.
        const fromHome = !inbound.action.data?.commitmentId && (inbound.action.id === 'commitment.done' || inbound.action.id === 'commitment.snooze');
        return fromHome ? [...replies, ...(await planCmd.home(deps.plans, inbound))] : replies;
      }
      default:
        return [info('That button is no longer supported. Run the command again to get a fresh message.')];
    }
  }

  /** "Show more" on a directory answer: the next few services for the question that answer was for. */
  async function moreServices(inbound: Inbound): Promise<Reply[]> {
    const id = String(inbound.action?.data?.answerId ?? '');
    const stored = id ? await store.getState<StoredAnswer>(`answer:${id}`) : null;
    const from = Number(inbound.action?.value ?? NaN);
    if (!stored || !Number.isInteger(from) || from < 0) return [info('That list is too old to continue. Ask the question again to get a fresh one.')];
    const page = await deps.work.moreServices(stored.question, from, { clock: deps.clock, timeZone: deps.timeZone });
    if (!page) return [info('I could not find more services for that question now (the directory may have changed). Ask it again for a fresh list.')];
    return [directoryReply(page, id)];
  }

  async function feedback(inbound: Inbound): Promise<Reply[]> {
    const id = String(inbound.action?.data?.answerId ?? '');
    const stored = id ? await store.getState<StoredAnswer>(`answer:${id}`) : null;
    if (!stored) return [info('Thanks. That answer is too old to rate now.')];
    const rating = inbound.action?.value === 'down' ? 'down' : 'up';
    await store.appendFeedback({
      at: deps.clock.now().toISOString(),
      rating,
      question: stored.question,
      sources: stored.sources,
      conversation: { platform: inbound.where.platform, id: inbound.where.id },
      actor: { platform: inbound.from.platform, userId: inbound.from.userId },
    });
    return [info(rating === 'up' ? 'Thanks, glad it helped.' : 'Thanks for telling me. Your coordinator reviews these to improve the knowledge folder.')];
  }

  async function route(inbound: Inbound): Promise<Reply[]> {
    switch (inbound.kind) {
      case 'message':
        return message(inbound);
      case 'notes':
        return notes.propose(notesDeps, inbound, inbound.text);
      case 'command':
        return command(inbound);
      case 'action':
        return action(inbound);
    }
  }

  return {
    async handle(inbound) {
      try {
        if (inbound.kind !== 'action' && !(await firstTime(`inbound:${inbound.where.platform}:${inbound.id}`))) {
          log.info({ inbound: inbound.id }, 'repeat of an inbound already handled; ignored');
          return [];
        }
        const replies = await route(inbound);
        for (const r of replies) if (r.kind === 'proposal' && inbound.kind !== 'action') telemetry.proposed(r.items?.length ?? 0);
        return replies;
      } catch (err) {
        const ref = newRef();
        const code = err instanceof LiaisonError ? err.code : 'internal';
        telemetry.failed(code);
        if (PERSON_FIXES.has(code)) log.info({ ref, code, inbound: inbound.id, kind: inbound.kind }, 'request refused');
        else log[code === 'internal' ? 'error' : 'warn']({ err, ref, code, inbound: inbound.id, kind: inbound.kind }, 'request failed');
        const said = describeError(err, ref);
        return [{ kind: 'error', audience: { kind: 'requester' }, text: said.text, hints: said.hints, ref }];
      }
    },
  };
}
