// Reading a plan from the command line: show, commitments, export.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { oneOf, parse } from '../args.js';
import { cliCtx, withServices } from '../with-services.js';
import { commitmentJson, formatCommitment } from '../format.js';
import { plural, println, showUsage } from '../io.js';
import type { PlanSub } from './sub.js';

const show: PlanSub = {
  summary: 'show a plan: team, goals, consent, and its open commitments numbered (PLAN#n)',
  usage: 'liaison plan show PLAN [--json]',
  async run(args, io) {
    const p = parse(args, { json: { type: 'boolean' } }, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    return withServices(io, async ({ plans }) => {
      const ctx = cliCtx(io);
      const plan = await plans.getPlan(p.positionals[0]!, ctx);
      const partners = new Map((await plans.listPartners()).map((x) => [x.id, x]));
      const open = await plans.listCommitments(plan.id, { scope: 'open' }, ctx);
      if (p.bool('json')) {
        const { version: _v, ...shown } = plan;
        println(io, JSON.stringify({ ...shown, members: plan.members.map((m) => ({ id: m, name: partners.get(m)?.name ?? null })), open: open.map(commitmentJson) }));
        return 0;
      }
      const overdue = open.filter((c) => c.overdue).length;
      println(io, `Plan ${plan.label} (time zone ${plan.timeZone})`);
      println(io, `Coordinator: ${plan.coordinator.partnerId ? (partners.get(plan.coordinator.partnerId)?.name ?? plan.coordinator.partnerId) : (plan.coordinator.name ?? plan.coordinator.userId)}`);
      println(io, `Team: ${plan.members.map((m) => partners.get(m)?.name ?? m).join(', ') || '(no members yet)'}`);
      println(io, `Linked channels: ${plan.links.map((l) => `${l.platform} ${l.id}`).join(', ') || '(none)'}`);
      const goals = Object.entries(plan.goals);
      println(io, `Goals: ${goals.length ? goals.map(([d, t]) => `${d}: ${t}`).join('; ') : '(none set)'}`);
      const c = plan.consent;
      println(io, `Consent to share: ${c ? `${c.agencies.join(', ')} (by the ${c.givenBy.replace('-', ' ')}, from ${c.from}${c.until ? ` until ${c.until}` : ''})` : '(none recorded)'}`);
      println(io);
      if (!open.length) {
        println(io, 'No open commitments.');
        return 0;
      }
      println(io, `${plural(open.length, 'open commitment')}${overdue ? `, ${overdue} overdue` : ''}:`);
      open.forEach((x) => println(io, formatCommitment(x, x.n)));
      println(io, `\nRefer to one as ${plan.label}#n, e.g. liaison plan done ${plan.label}#1`);
      return 0;
    });
  },
};

const commitments: PlanSub = {
  summary: 'list a plan\'s open commitments with their ids (--all: closed ones too)',
  usage: 'liaison plan commitments PLAN [--all] [--json]',
  async run(args, io) {
    const p = parse(args, { all: { type: 'boolean' }, json: { type: 'boolean' } }, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    return withServices(io, async ({ plans }) => {
      const list = await plans.listCommitments(p.positionals[0]!, { scope: p.bool('all') ? 'all' : 'open' }, cliCtx(io));
      if (p.bool('json')) {
        for (const c of list) println(io, JSON.stringify(commitmentJson(c)));
        return 0;
      }
      if (!list.length) println(io, p.bool('all') ? 'This plan has no commitments yet.' : 'No open commitments.');
      for (const c of list) println(io, `${formatCommitment(c)}\n      id ${c.id}`);
      return 0;
    });
  },
};

const exportSub: PlanSub = {
  summary: 'export a whole plan as Markdown or JSON (to a file with --out)',
  usage: 'liaison plan export PLAN [--format md|json] [--out FILE]',
  async run(args, io) {
    const p = parse(args, { format: { type: 'string' }, out: { type: 'string' } }, this.usage, { min: 1, max: 1 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    const format = oneOf(p.str('format'), ['md', 'json'] as const, '--format', this.usage) ?? 'md';
    return withServices(io, async ({ plans }) => {
      const text = await plans.exportPlan(p.positionals[0]!, format, cliCtx(io));
      const out = p.str('out');
      if (!out) {
        io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
        return 0;
      }
      // Write beside the target and rename, so a reader never sees half an export.
      const target = path.resolve(out);
      const tmp = `${target}.tmp-${randomBytes(4).toString('hex')}`;
      try {
        await writeFile(tmp, text, { mode: 0o600 });
        await rename(tmp, target);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
      println(io, `Exported to ${target}. It holds student information: keep it where the plan's team only can read it.`);
      return 0;
    });
  },
};

export const viewSubs: Record<string, PlanSub> = { show, commitments, export: exportSub };
