// Dev-only: the items one gold note gives, with its units. Usage: npx tsx bench/dev/note1.mts bench/notes/SET/NN.txt [--units]
import fs from 'node:fs';
import { createExtractor, statedMeetingDate } from '../../src/core/notes/index.js';
import { segment } from '../../src/core/notes/segment.js';
const file = process.argv[2]!;
const text = fs.readFileSync(file, 'utf8');
const gold = JSON.parse(fs.readFileSync(file.replace(/\.(txt|md)$/, '.json'), 'utf8'));
const meetingDate = statedMeetingDate(text, gold.meetingDate) ?? gold.meetingDate;
const { items } = await createExtractor().extract(text, { meetingDate, poster: gold.poster });
console.log('meeting', meetingDate, 'poster', gold.poster);
for (const i of items) console.log(`  ${i.owners.join(' + ')} | ${i.task} | ${i.due} (${i.dueText ?? ''})`);
if (process.argv.includes('--units')) for (const u of segment(text)) console.log('   U', JSON.stringify({ t: u.text, s: u.speaker, sec: u.section, p: u.paragraph }));
