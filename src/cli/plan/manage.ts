// Plan set-up from the command line: create, list, link, unlink, members, goals, consent, delete.
import { checkDateArg, oneOf, parse } from '../args.js';
import { cliCtx, withServices } from '../with-services.js';
import { plural, println, showUsage, UsageError } from '../io.js';
import { isValidDate } from '../../core/plans/dates.js';
import { badInput } from '../../core/errors.js';
import { LabelLooksLikeName } from '../../core/plans/labels.js';
import { GOAL_DOMAINS, type GoalDomain } from '../../core/plans/types.js';
import { parseWorkHours, type ReminderPolicy } from '../../core/reminders/policy.js';
import type { PlanSub } from './sub.js';

const PLATFORMS = ['slack', 'teams'] as const;

const create: PlanSub = {
  summary: 'create a plan for a student, named by initials or a local id',
  usage: 'liaison plan create LABEL [--coordinator NAME|EMAIL] [--tz ZONE] [--allow-label]',
  async run(args, io) {
    const p = parse(args, { coordinator: { type: 'string' }, tz: { type: 'string' }, 'allow-label': { type: 'boolean' } }, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    return withServices(io, async ({ plans }) => {
      const input = { label: p.positionals[0]!, coordinator: p.str('coordinator'), timeZone: p.str('tz'), allowLabel: p.bool('allow-label') };
      const plan = await plans.createPlan(input, cliCtx(io)).catch((err: unknown) => {
        if (err instanceof LabelLooksLikeName) throw badInput(`${err.message} If it is not a name, run this again with --allow-label.`);
        throw err;
      });
      println(io, `Created the plan ${plan.label} (time zone ${plan.timeZone}). Link it to a team channel with: liaison plan link ${plan.label} --platform slack --channel ID`);
      return 0;
    });
  },
};

const list: PlanSub = {
  summary: 'list the plans',
  usage: 'liaison plan list [--json]',
  async run(args, io) {
    const p = parse(args, { json: { type: 'boolean' } }, this.usage, { max: 0 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    return withServices(io, async ({ plans }) => {
      const all = await plans.listPlans(cliCtx(io));
      if (!all.length && !p.bool('json')) println(io, 'No plans yet. Create one with: liaison plan create LABEL');
      for (const plan of all) {
        const open = await plans.listCommitments(plan.id, { scope: 'open' }, cliCtx(io));
        const overdue = open.filter((c) => c.overdue).length;
        if (p.bool('json')) {
          println(io, JSON.stringify({ id: plan.id, label: plan.label, timeZone: plan.timeZone, open: open.length, overdue, members: plan.members.length, links: plan.links }));
          continue;
        }
        println(io, `${plan.label}: ${plural(open.length, 'open commitment')}${overdue ? `, ${overdue} overdue` : ''}; ${plural(plan.members.length, 'member')}; ${plural(plan.links.length, 'linked channel')}`);
      }
      return 0;
    });
  },
};

function linkSub(kind: 'link' | 'unlink'): PlanSub {
  return {
    summary: kind === 'link' ? 'share a plan with a Slack or Teams channel' : 'stop sharing a plan with a channel',
    usage: `liaison plan ${kind} PLAN --platform slack|teams --channel ID`,
    async run(args, io) {
      const p = parse(args, { platform: { type: 'string' }, channel: { type: 'string' } }, this.usage, { min: 1, max: 1 });
      if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
      const platform = oneOf(p.str('platform'), PLATFORMS, '--platform', this.usage);
      const channel = p.str('channel');
      if (!platform || !channel) throw new UsageError('Both --platform and --channel are required.', this.usage);
      return withServices(io, async ({ plans }) => {
        const conv = { platform, id: channel };
        const plan = kind === 'link' ? await plans.linkConversation(p.positionals[0]!, conv, cliCtx(io)) : await plans.unlinkConversation(p.positionals[0]!, conv, cliCtx(io));
        println(io, kind === 'link' ? `Linked ${plan.label} to ${platform} channel ${channel}. Everyone in that channel can see its commitments.` : `Unlinked ${plan.label} from ${platform} channel ${channel}.`);
        return 0;
      });
    },
  };
}

function memberSub(kind: 'add' | 'remove'): PlanSub {
  return {
    summary: kind === 'add' ? 'add a partner from the directory to a plan' : 'remove a partner from a plan',
    usage: `liaison plan ${kind}-member PLAN PARTNER`,
    async run(args, io) {
      const p = parse(args, {}, this.usage, { min: 2, max: 2 });
      if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
      const [planRef, partner] = p.positionals as [string, string];
      return withServices(io, async ({ plans }) => {
        const plan = kind === 'add' ? await plans.addMember(planRef, partner, cliCtx(io)) : await plans.removeMember(planRef, partner, cliCtx(io));
        println(io, `${kind === 'add' ? 'Added' : 'Removed'} ${partner} ${kind === 'add' ? 'to' : 'from'} ${plan.label}; it has ${plural(plan.members.length, 'member')}.`);
        return 0;
      });
    },
  };
}

const goal: PlanSub = {
  summary: 'set a postsecondary goal (employment, education, independent-living); TEXT "none" clears it',
  usage: `liaison plan goal PLAN ${GOAL_DOMAINS.join('|')} TEXT`,
  async run(args, io) {
    const p = parse(args, {}, this.usage, { min: 3 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    const [planRef, domainArg, ...words] = p.positionals as [string, string, ...string[]];
    const domain = oneOf(domainArg, GOAL_DOMAINS, 'Goal domain', this.usage) as GoalDomain;
    const text = words.join(' ').trim();
    return withServices(io, async ({ plans }) => {
      const plan = await plans.setGoal(planRef, domain, text.toLowerCase() === 'none' ? null : text, cliCtx(io));
      println(io, plan.goals[domain] ? `Set the ${domain} goal of ${plan.label}.` : `Cleared the ${domain} goal of ${plan.label}.`);
      return 0;
    });
  },
};

const consent: PlanSub = {
  summary: 'record consent to share information with agencies',
  usage: 'liaison plan consent PLAN --agencies "DVR,CIL" --given-by parent|adult-student --from DATE [--until DATE]',
  async run(args, io) {
    const opts = { agencies: { type: 'string' }, 'given-by': { type: 'string' }, from: { type: 'string' }, until: { type: 'string' } } as const;
    const p = parse(args, opts, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    const agencies = (p.str('agencies') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    const givenBy = oneOf(p.str('given-by'), ['parent', 'adult-student'] as const, '--given-by', this.usage);
    const from = checkDateArg(p.str('from'), '--from', this.usage, isValidDate);
    const until = checkDateArg(p.str('until'), '--until', this.usage, isValidDate) ?? null;
    if (!agencies.length || !givenBy || !from) throw new UsageError('--agencies, --given-by and --from are required.', this.usage);
    return withServices(io, async ({ plans }) => {
      const plan = await plans.recordConsent(p.positionals[0]!, { agencies, givenBy, from, until }, cliCtx(io));
      println(io, `Recorded consent for ${plan.label}: ${agencies.join(', ')}, given by the ${givenBy.replace('-', ' ')}, from ${from}${until ? ` until ${until}` : ' (open-ended)'}.`);
      return 0;
    });
  },
};

const reminders: PlanSub = {
  summary: "this plan's reminder settings over the configured ones (--reset: back to them)",
  usage: 'liaison plan reminders PLAN [--upcoming DAYS] [--overdue DAYS,DAYS] [--escalate DAYS] [--work-hours HH:MM-HH:MM] [--reset]',
  async run(args, io) {
    const opts = { upcoming: { type: 'string' }, overdue: { type: 'string' }, escalate: { type: 'string' }, 'work-hours': { type: 'string' }, reset: { type: 'boolean' } } as const;
    const p = parse(args, opts, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    const days = (flag: string, max: number): number | undefined => {
      const v = p.str(flag);
      if (v === undefined) return undefined;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${flag} "${v}" is not a number of working days from 0 to ${max}.`, this.usage);
      return n;
    };
    const overrides: Partial<ReminderPolicy> = {};
    const upcoming = days('upcoming', 30);
    if (upcoming !== undefined) overrides.upcomingDays = upcoming;
    const escalate = days('escalate', 60);
    if (escalate !== undefined) overrides.escalateDay = escalate;
    const overdue = p.str('overdue');
    if (overdue !== undefined) {
      if (!/^\d{1,2}(,\d{1,2})*$/.test(overdue)) throw new UsageError(`--overdue "${overdue}" is not a list of working days such as 1,3.`, this.usage);
      overrides.overdueDays = overdue.split(',').map(Number);
    }
    const hours = p.str('work-hours');
    if (hours !== undefined) {
      const parsed = parseWorkHours(hours);
      if (!parsed) throw new UsageError(`--work-hours "${hours}" is not HH:MM-HH:MM with the end after the start.`, this.usage);
      Object.assign(overrides, parsed);
    }
    if (!p.bool('reset') && !Object.keys(overrides).length) throw new UsageError('Say what to change, or --reset.', this.usage);
    return withServices(io, async ({ plans }) => {
      const plan = await plans.setReminderPolicy(p.positionals[0]!, p.bool('reset') ? null : overrides, cliCtx(io));
      println(io, plan.reminders ? `${plan.label} now has its own reminder settings: ${JSON.stringify(plan.reminders)}.` : `${plan.label} follows the configured reminder settings.`);
      return 0;
    });
  },
};

const remove: PlanSub = {
  summary: 'delete a plan with its commitments and audit trail (needs --yes)',
  usage: 'liaison plan delete PLAN --yes',
  async run(args, io) {
    const p = parse(args, { yes: { type: 'boolean' } }, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    if (!p.bool('yes')) throw new UsageError(`Deleting removes ${p.positionals[0]} with its commitments and audit trail, and cannot be undone. Export it first if you need a copy, then add --yes.`, this.usage);
    return withServices(io, async ({ plans }) => {
      const plan = await plans.load(p.positionals[0]!);
      await plans.deletePlan(plan.id, cliCtx(io));
      println(io, `Deleted the plan ${plan.label}.`);
      return 0;
    });
  },
};

export const manageSubs: Record<string, PlanSub> = {
  create,
  list,
  link: linkSub('link'),
  unlink: linkSub('unlink'),
  'add-member': memberSub('add'),
  'remove-member': memberSub('remove'),
  goal,
  consent,
  reminders,
  delete: remove,
};
