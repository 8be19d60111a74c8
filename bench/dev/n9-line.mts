// Dev-only: items the rules give for text given on the command line. Usage: npx tsx bench/dev/n9-line.mts 'text' [poster] [date]
import { extractActions } from '../../src/core/notes/rules.js';
const text = process.argv[2]!.replace(/\\n/g, '\n');
const items = extractActions(text, { meetingDate: process.argv[4] ?? '2026-10-15', poster: process.argv[3] ?? 'Hannah Sorensen' });
for (const i of items) console.log(`  ${i.owners.join(' + ')} | ${i.task} | ${i.due} (${i.dueText ?? ''})`);
