// `liaison notes [FILE|-] [--date YYYY-MM-DD] [--json] [--poster NAME]`: the action items a person
// would be asked to confirm, without logging anything.
import { DATE_CONVENTION, statedMeetingDate } from '../core/notes/index.js';
import { dateIn, isValidDate } from '../core/plans/dates.js';
import { checkDateArg, parse } from './args.js';
import { createSkills } from '../services.js';
import { openContext, readNotes } from './context.js';
import { formatItems, ownersText } from './format.js';
import { plural, println, showUsage, type Command } from './io.js';

const usage = `Usage: liaison notes [FILE|-] [--date YYYY-MM-DD] [--json] [--poster NAME]

Finds the action items (owner, task, due date) in meeting notes and prints them. Nothing is
logged; use "liaison plan log" for that. Reads standard input when FILE is - or omitted.

  --date D       the meeting date that relative dates ("next Friday") are read from (default: the
                 date the notes state in their first lines, "Meeting 12/4", else today)
  --json         print {"items": [{"owner", "task", "due", "quote"}]}; due is YYYY-MM-DD or null
  --poster NAME  who wrote the notes: "I will ..." becomes NAME`;

export const notesCommand: Command = {
  name: 'notes',
  usage,
  async run(args, io) {
    const parsed = parse(args, { date: { type: 'string' }, json: { type: 'boolean' }, poster: { type: 'string' } }, usage, { max: 1 });
    if (!parsed) return showUsage(io, usage);
    const date = checkDateArg(parsed.str('date'), '--date', usage, isValidDate);
    const { config, log } = openContext(io);
    const { text } = await readNotes(io, parsed.positionals[0]);
    const today = dateIn(config.timeZone, io.now());
    const meetingDate = date ?? statedMeetingDate(text, today) ?? today;
    const { extractor } = createSkills(config, log);
    const { items, fallback } = await extractor.extract(text, { meetingDate, poster: parsed.str('poster'), timeZone: config.timeZone });
    if (parsed.bool('json')) {
      println(io, JSON.stringify({ items: items.map((i) => ({ owner: ownersText(i.owners), task: i.task, due: i.due, quote: i.quote })) }));
      return 0;
    }
    if (!items.length) {
      println(io, 'No action items found in these notes. Items read best as "Name will <task> by <date>".');
      return 0;
    }
    println(io, `${plural(items.length, 'proposed item')} from the meeting of ${meetingDate} (not logged):`);
    for (const line of formatItems(items)) println(io, line);
    if (fallback) println(io, `\n${fallback}`);
    println(io, `\n${DATE_CONVENTION}`);
    return 0;
  },
};
