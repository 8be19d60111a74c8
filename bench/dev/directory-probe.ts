// Directory questions read and answered by the directory search, one per argument:
// `npx tsx bench/dev/directory-probe.ts FOLDER "question" ...` (prints conditions, fits, alternatives).
import { findServices } from '../../src/core/knowledge/directory/find.js';
import { fixedClock } from '../../src/core/clock.js';
import { buildIndex } from '../knowledge.js';

const [folder, ...questions] = process.argv.slice(2);
const built = await buildIndex(folder!);
const view = await built.knowledge.current();
for (const q of questions) {
  const t = performance.now();
  const r = await findServices(view, q, { clock: fixedClock('2026-03-10T20:00:00Z'), timeZone: 'America/Chicago' });
  const ms = (performance.now() - t).toFixed(1);
  console.log(`\nQ: ${q}  (${ms} ms)`);
  if (!r) {
    console.log('  not a directory question');
    continue;
  }
  const { kind, finding, ...c } = r.conditions;
  console.log(`  kind="${kind}" finding=${finding} ${JSON.stringify(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as { said: string }).said])))} ofKind=${r.ofKind} unreadable=${r.unreadable}`);
  for (const m of r.fits.slice(0, 5)) console.log(`  FIT ${m.record.name} | ${m.matched.checks.map((x) => `${x.condition}:${x.note}`).join('; ')}`);
  if (!r.fits.length) console.log(`  none; blocking=${r.blocking}`);
  for (const m of r.alternatives.slice(0, 3)) console.log(`  ALT ${m.record.name} ${m.matched.distance?.toFixed(1) ?? ''} | ${m.matched.checks.map((x) => `${x.condition}:${x.verdict}:${x.note}`).join('; ')}`);
}
