// `liaison remind run|list`: the reminder loop from the terminal. `run` sweeps once as if the clock
// read --at, delivering through the same notifiers as the server (Slack, Teams, email as configured);
// an --at later than now only sends with --send, so nobody is pinged early by mistake.
import { isOpen } from '../core/plans/types.js';
import { decide } from '../core/reminders/schedule.js';
import { sweepAll, type PingRecord } from '../core/reminders/sweep.js';
import { createNotifiers } from '../reminders.js';
import { parse } from './args.js';
import { cliClock, cliCtx, withServices } from './with-services.js';
import { println, showUsage, UsageError, type Command } from './io.js';

const usage = `Usage: liaison remind run [--at ISO-TIME] [--dry-run | --send] [--json]
       liaison remind list [PLAN] [--json]

  run   one sweep of the reminder loop: the pings due at --at (default: now) are delivered, one line
        each; running it again at the same time sends nothing new. An --at later than now is a dry
        run unless --send is given.
        --json  one object per ping: {"key","kind","commitment","plan","to":{"partner","platform"},"text","status"}
  list  the next ping of each open commitment, and why`;

function line(r: PingRecord): string {
  const to = r.to.partner ? `${r.to.partner} (${r.to.platform})` : 'nobody';
  return `${r.status.padEnd(8)} ${r.kind.padEnd(10)} ${r.plan}  to ${to}${r.reason ? `: ${r.reason}` : ''}`;
}

export const remindCommand: Command = {
  name: 'remind',
  usage,
  async run(args, io) {
    const p = parse(args, { at: { type: 'string' }, 'dry-run': { type: 'boolean' }, send: { type: 'boolean' }, json: { type: 'boolean' } }, usage, { min: 1, max: 2 });
    if (!p) return showUsage(io, usage);
    const [sub, planRef] = p.positionals;
    if (sub === 'run') {
      if (planRef) throw new UsageError(`Unexpected argument: ${planRef}`, usage);
      if (p.bool('dry-run') && p.bool('send')) throw new UsageError('Give --dry-run or --send, not both.', usage);
      const atArg = p.str('at');
      const at = atArg ? new Date(atArg) : io.now();
      if (Number.isNaN(at.getTime())) throw new UsageError(`--at "${atArg}" is not a time; write it as 2026-12-09T09:00:00-05:00.`, usage);
      const dryRun = p.bool('dry-run') || (at > io.now() && !p.bool('send'));
      return withServices(io, async (s, { config, log }) => {
        const records = await sweepAll({ store: s.store, planner: s.planner, notifiers: createNotifiers(config, log, { store: s.store }), clock: cliClock(io), log }, { at, dryRun });
        if (p.bool('json')) for (const r of records) println(io, JSON.stringify(r));
        else {
          if (!records.length) println(io, `No pings due at ${at.toISOString()}.`);
          for (const r of records) println(io, line(r));
          if (dryRun && at > io.now() && !p.bool('dry-run')) println(io, '(a dry run: --at is later than now; add --send to deliver)');
        }
        return 0;
      });
    }
    if (sub === 'list') {
      return withServices(io, async (s) => {
        const plans = planRef ? [await s.plans.getPlan(planRef, cliCtx(io))] : await s.plans.listPlans(cliCtx(io));
        const partners = new Map((await s.plans.listPartners()).map((x) => [x.id, x]));
        for (const plan of plans) {
          for (const c of (await s.store.listCommitments(plan.id)).filter((x) => isOpen(x.status))) {
            const ctx = s.planner.context(c, plan, partners);
            const d = decide(c, ctx, io.now());
            const next = d.send ?? undefined;
            const when = next ? 'now' : d.nextAt ? new Date(d.nextAt).toISOString() : null;
            const why = c.reminders?.log.length ? `${c.reminders.log.length} sent so far` : 'none sent yet';
            const kind = next?.kind ?? (d.nextAt ? 'scheduled' : c.due ? 'none left (escalated or spent)' : 'none');
            if (p.bool('json')) println(io, JSON.stringify({ plan: plan.label, commitment: c.id, n: c.n ?? null, task: c.task, due: c.due, next: when, kind, sent: c.reminders?.log.length ?? 0 }));
            else println(io, `${plan.label}#${c.n ?? '?'} ${c.task} (due ${c.due ?? 'none'}): next ping ${when ?? 'none'}${next ? ` (${next.kind})` : ''}; ${why}`);
          }
        }
        return 0;
      });
    }
    throw new UsageError(sub ? `Unknown remind command "${sub}".` : 'Say what to do: run or list.', usage);
  },
};
