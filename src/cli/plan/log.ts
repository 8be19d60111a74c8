// `liaison plan log PLAN [FILE|-] [--date D] [--yes] [--message-id ID]`: extract the items, show
// them, and log them once a person says yes (on the terminal, or with --yes).
import { createInterface } from 'node:readline/promises';
import { badInput } from '../../core/errors.js';
import { DATE_CONVENTION, statedMeetingDate } from '../../core/notes/index.js';
import { dateIn, isValidDate } from '../../core/plans/dates.js';
import { checkDateArg, parse } from '../args.js';
import { createSkills } from '../../services.js';
import { readNotes } from '../context.js';
import { cliCtx, withServices } from '../with-services.js';
import { formatItems } from '../format.js';
import { plural, println, showUsage, type CliIO } from '../io.js';
import type { PlanSub } from './sub.js';

async function confirm(io: CliIO, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stdout, terminal: false });
  try {
    const answer = await rl.question(`${question} [y/N] `);
    return /^y(es)?$/i.test(answer.trim());
  } finally {
    rl.close();
  }
}

export const logSub: PlanSub = {
  summary: 'log action items from meeting notes into a plan, after you confirm them',
  usage: 'liaison plan log PLAN [FILE|-] [--date YYYY-MM-DD] [--yes] [--again] [--message-id ID] [--poster NAME]',
  async run(args, io) {
    const opts = { date: { type: 'string' }, yes: { type: 'boolean' }, again: { type: 'boolean' }, 'message-id': { type: 'string' }, poster: { type: 'string' } } as const;
    const p = parse(args, opts, this.usage, { min: 1, max: 2 });
    if (!p) return showUsage(io, `Usage: ${this.usage}\n  ${this.summary}`);
    const date = checkDateArg(p.str('date'), '--date', this.usage, isValidDate);
    const yes = p.bool('yes');
    return withServices(io, async ({ plans, config }, { log }) => {
      const ctx = cliCtx(io);
      const plan = await plans.getPlan(p.positionals[0]!, ctx);
      const { text, fromStdin } = await readNotes(io, p.positionals[1]);
      // Decide before extracting: without a terminal to answer on, only --yes can confirm.
      if (!yes && (!io.stdin.isTTY || fromStdin)) {
        throw badInput(`Nothing was logged: there is no terminal to confirm on${fromStdin ? ' (the notes came from standard input)' : ''}. Check the items with "liaison notes", then run this again with --yes.`);
      }
      const today = dateIn(plan.timeZone, io.now());
      const meetingDate = date ?? statedMeetingDate(text, today) ?? today;
      const { extractor } = createSkills(config, log);
      const partners = await plans.partnerNames();
      const { items, fallback, mentions } = await extractor.extract(text, { meetingDate, poster: p.str('poster'), timeZone: plan.timeZone, partners });
      if (!items.length) {
        println(io, 'No action items found in these notes, so nothing was logged. Items read best as "Name will <task> by <date>".');
        return 0;
      }
      println(io, `${plural(items.length, 'item')} for ${plan.label} from the meeting of ${meetingDate}:`);
      for (const line of formatItems(items)) println(io, line);
      if (fallback) println(io, fallback);
      println(io, DATE_CONVENTION);
      if (!yes && !(await confirm(io, `Log these ${plural(items.length, 'item')} to ${plan.label}?`))) {
        println(io, 'Nothing was logged.');
        return 0;
      }
      const result = await plans.logMeeting({
        ...ctx,
        planId: plan.id,
        meetingDate,
        messageId: p.str('message-id'),
        notesText: text,
        items: items.map((i) => ({ owners: i.owners, task: i.task, due: i.due, quote: i.quote })),
        mentions,
        again: p.bool('again'),
      });
      if (result.duplicate) {
        const when = result.meeting ? ` as the meeting of ${result.meeting.date}` : '';
        println(io, `These notes were already logged to ${plan.label}${when}; nothing new was added. To log them as a new meeting, run this again with --again.`);
        return 0;
      }
      const unmatched = result.logged.filter((c) => c.owners.some((o) => o.match !== 'resolved')).length;
      println(io, `Logged ${plural(result.logged.length, 'item')} to ${plan.label}. See them with: liaison plan show ${plan.label}`);
      if (unmatched) println(io, `${plural(unmatched, 'item')} ha${unmatched === 1 ? 's an owner' : 've owners'} not matched to a partner; fix with: liaison plan reassign ${plan.label}#n OWNER`);
      return 0;
    });
  },
};
