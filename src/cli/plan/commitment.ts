// Changing one commitment: done, snooze, reassign, due, cancel. COMMITMENT is its id or PLAN#n,
// n being its number in `liaison plan show`.
import { checkDateArg, oneOf, parse } from '../args.js';
import { cliCtx, withServices } from '../with-services.js';
import { formatCommitment } from '../format.js';
import { println, showUsage, UsageError, type CliIO } from '../io.js';
import { badInput } from '../../core/errors.js';
import { isValidDate } from '../../core/plans/dates.js';
import type { ListedCommitment, PlanService } from '../../core/plans/plan-service.js';
import { OUTCOMES } from '../../core/plans/types.js';
import type { Services } from '../../services.js';
import type { PlanSub } from './sub.js';

/** The commitment id for `ref`: an id as is, or PLAN#n, n being the commitment's number in the plan. */
export async function commitmentId(plans: PlanService, ref: string, io: CliIO): Promise<string> {
  const hash = ref.lastIndexOf('#');
  if (hash < 0) return ref;
  const planRef = ref.slice(0, hash);
  const n = Number(ref.slice(hash + 1));
  const all = await plans.listCommitments(planRef, { scope: 'all' }, cliCtx(io));
  const found = Number.isInteger(n) ? all.find((c) => c.n === n) : undefined;
  if (!found) throw badInput(`${planRef} has no commitment #${ref.slice(hash + 1)}; see liaison plan show ${planRef} (open ones) or liaison plan commitments ${planRef} --all.`);
  return found.id;
}

type Change = (s: Services, id: string, io: CliIO) => Promise<ListedCommitment>;

function sub(summary: string, usage: string, options: Parameters<typeof parse>[1], positionals: { min: number; max?: number }, prepare: (p: NonNullable<ReturnType<typeof parse>>, usage: string) => Change, verb: string): PlanSub {
  return {
    summary,
    usage,
    async run(args, io) {
      const p = parse(args, options, usage, positionals);
      if (!p) return showUsage(io, `Usage: ${usage}\n  ${summary}`);
      const change = prepare(p, usage);
      return withServices(io, async (s) => {
        const c = await change(s, await commitmentId(s.plans, p.positionals[0]!, io), io);
        println(io, `${verb} on ${c.planLabel}:`);
        println(io, formatCommitment(c));
        return 0;
      });
    },
  };
}

const outcomeOf = (p: NonNullable<ReturnType<typeof parse>>, usage: string) => oneOf(p.str('outcome'), OUTCOMES, '--outcome', usage);

export const commitmentSubs: Record<string, PlanSub> = {
  done: sub('mark a commitment done (or closed with another outcome)', `liaison plan done COMMITMENT [--outcome ${OUTCOMES.join('|')}]`, { outcome: { type: 'string' } }, { min: 1, max: 1 }, (p, usage) => {
    const outcome = outcomeOf(p, usage) ?? 'done';
    return ({ plans }, id, io) => plans.markDone(id, outcome, cliCtx(io));
  }, 'Closed'),
  cancel: sub('cancel a commitment that will not happen', `liaison plan cancel COMMITMENT [--outcome ${OUTCOMES.join('|')}]`, { outcome: { type: 'string' } }, { min: 1, max: 1 }, (p, usage) => {
    const outcome = outcomeOf(p, usage);
    return ({ plans }, id, io) => plans.cancel(id, outcome, cliCtx(io));
  }, 'Cancelled'),
  snooze: sub('move a due date by N days (default 7) or to a date', 'liaison plan snooze COMMITMENT [--days N | --until DATE]', { days: { type: 'string' }, until: { type: 'string' } }, { min: 1, max: 1 }, (p, usage) => {
    const until = checkDateArg(p.str('until'), '--until', usage, isValidDate);
    const daysArg = p.str('days');
    if (until && daysArg) throw new UsageError('Give --days or --until, not both.', usage);
    const days = daysArg === undefined ? undefined : Number(daysArg);
    if (days !== undefined && (!Number.isInteger(days) || days < 1)) throw new UsageError(`--days "${daysArg}" is not a whole number of days.`, usage);
    return ({ plans }, id, io) => plans.snooze(id, until ? { until } : { days }, cliCtx(io));
  }, 'Moved'),
  due: sub('set or clear (none) a due date', 'liaison plan due COMMITMENT DATE|none', {}, { min: 2, max: 2 }, (p, usage) => {
    const arg = p.positionals[1]!;
    const due = arg.toLowerCase() === 'none' ? null : checkDateArg(arg, 'DATE', usage, isValidDate)!;
    return ({ plans }, id, io) => plans.changeDue(id, due, cliCtx(io));
  }, 'Changed the due date'),
  'iep-service': sub('mark a commitment as a transition service written into the IEP (--off to unmark)', 'liaison plan iep-service COMMITMENT [--off]', { off: { type: 'boolean' } }, { min: 1, max: 1 }, (p) => {
    const on = !p.bool('off');
    return ({ plans }, id, io) => plans.setIepService(id, on, cliCtx(io));
  }, 'Changed the IEP mark'),
  reassign: sub('give a commitment to other owners (names, emails or partner ids)', 'liaison plan reassign COMMITMENT OWNER...', {}, { min: 2 }, (p) => {
    const owners = p.positionals.slice(1);
    return ({ plans }, id, io) => plans.reassign(id, owners, cliCtx(io));
  }, 'Reassigned'),
};
