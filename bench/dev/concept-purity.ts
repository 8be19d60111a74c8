// Dev-only: how much each thesaurus concept tells kinds of service apart, from the development sets'
// kind tags (kinds.csv): of two services of one set whose entries both name the concept, the chance
// they are of one kind. `npx tsx bench/dev/concept-purity.ts [--without SET] > weights.json`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { passageKeys } from '../../src/core/knowledge/answer/terms.js';
import { directorySetDir, openDirectorySet } from './directory-sets.js';

const SETS = ['birch-211', 'dogwood-211', 'hazel-211', 'ivy-211'];
const without = process.argv.includes('--without') ? process.argv[process.argv.indexOf('--without') + 1] : undefined;
const FIELD_LINE = /^(?:Status|Alert|Who can get it|Ages|Service area|Hours|Phone|Address|Contact|Email|Website|Fees|How to apply|Documents to bring|Languages|Last reviewed|Provided by): .*$/gm;
const same = new Map<string, number>();
const pairs = new Map<string, number>();
for (const name of SETS.filter((s) => s !== without)) {
  const folder = directorySetDir(name);
  const tags = new Map((await readFile(path.join(folder, 'kinds.csv'), 'utf8')).split('\n').slice(1).filter(Boolean).map((l) => [l.split(',')[0]!, l.split(',').pop()!.split(';')[0]!.trim()] as const));
  const { view } = await openDirectorySet(name);
  const byConcept = new Map<string, string[]>();
  for (const c of view.chunks) {
    const kind = c.serviceId ? tags.get(c.serviceId) : undefined;
    if (!c.service || !kind) continue;
    for (const k of passageKeys(`${c.title}\n${c.text.replace(FIELD_LINE, '')}`)) if (k.startsWith('c:')) byConcept.set(k, [...(byConcept.get(k) ?? []), kind]);
  }
  for (const [k, kinds] of byConcept) {
    const n = kinds.length;
    const counts = new Map<string, number>();
    for (const x of kinds) counts.set(x, (counts.get(x) ?? 0) + 1);
    same.set(k, (same.get(k) ?? 0) + [...counts.values()].reduce((s, m) => s + m * (m - 1), 0));
    pairs.set(k, (pairs.get(k) ?? 0) + n * (n - 1));
  }
}
const out = Object.fromEntries([...pairs].filter(([, p]) => p > 0).sort().map(([k, p]) => [k, Math.round((100 * same.get(k)!) / p) / 100]));
console.log(JSON.stringify(out, null, 1));
