// A synthetic knowledge folder of N Markdown documents for the ingest benchmark. Each document
// mixes sections from different starter guides, with names, places and numbers changed, so the
// corpus is varied text of realistic shape rather than N copies of one file. Deterministic (seeded).
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { seededRandom } from './stats.js';

interface Section {
  heading: string;
  body: string;
}

const PEOPLE = ['Jordan', 'Ana', 'Sam', 'Maya', 'Leo', 'Priya', 'Tomas', 'Keisha', 'Wen', 'Omar', 'Lucia', 'Dev', 'Hana', 'Marcus'];
const PLACES = ['Maple', 'Cedar', 'Birch', 'Harbor', 'Summit', 'Willow', 'Granite', 'Prairie', 'Lakeside', 'Pine'];
const SOURCE_NAMES = /\b(?:Jordan|Ana|Sam|Maya|Leo)\b/g;
const SOURCE_PLACES = /\b(?:Maple|Lakeland|River)\b/g;

/** Sections ("## heading" + body) of every Markdown guide in a folder. */
async function guideSections(guidesDir: string): Promise<Section[]> {
  const files = (await readdir(guidesDir)).filter((f) => f.endsWith('.md')).sort();
  const out: Section[] = [];
  for (const f of files) {
    const text = await readFile(path.join(guidesDir, f), 'utf8');
    for (const part of text.split(/\n(?=## )/).slice(1)) {
      const [head, ...rest] = part.split('\n');
      const body = rest.join('\n').trim();
      if (head && body.length > 80 && !/^## Sources/.test(head)) out.push({ heading: head.replace(/^##\s*/, ''), body });
    }
  }
  return out;
}

function vary(text: string, rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return text
    .replace(SOURCE_NAMES, () => pick(PEOPLE))
    .replace(SOURCE_PLACES, () => pick(PLACES))
    // Numbers move by up to ±30% (CFR section numbers too: the text only has to look real).
    .replace(/\d+(?:,\d{3})*(?:\.\d+)?/g, (n) => {
      const v = Number(n.replace(/,/g, ''));
      if (!Number.isFinite(v) || v === 0) return n;
      const next = Math.max(1, Math.round(v * (0.7 + rnd() * 0.6)));
      return n.includes(',') ? next.toLocaleString('en-US') : String(next);
    });
}

/** Writes `count` documents under `outDir` (100 per subfolder); returns the number of files written. */
export async function writeSyntheticCorpus(guidesDir: string, outDir: string, count: number, seed = 20260101): Promise<number> {
  const sections = await guideSections(guidesDir);
  if (sections.length < 4) throw new Error(`need Markdown guides with sections in ${guidesDir}`);
  const rnd = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const dir = path.join(outDir, `batch-${String(Math.floor(i / 100)).padStart(2, '0')}`);
    if (i % 100 === 0) await mkdir(dir, { recursive: true });
    const n = 3 + Math.floor(rnd() * 4);
    const chosen: Section[] = [];
    while (chosen.length < n) {
      const s = sections[Math.floor(rnd() * sections.length)]!;
      if (!chosen.includes(s)) chosen.push(s);
    }
    const place = PLACES[Math.floor(rnd() * PLACES.length)]!;
    const title = `${place} County notes ${i + 1}: ${chosen[0]!.heading}`;
    const body = chosen.map((s) => `## ${vary(s.heading, rnd)}\n\n${vary(s.body, rnd)}`).join('\n\n');
    await writeFile(path.join(dir, `doc-${String(i + 1).padStart(4, '0')}.md`), `# ${title}\n\nLast reviewed: ${2020 + (i % 7)}\n\n${body}\n`);
  }
  return count;
}
