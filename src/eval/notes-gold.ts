// Meeting notes with their gold items, in either layout: a folder of NN.txt (or .md) + NN.json
// ({meetingDate, poster, items:[{owners, task, keywords, due}]}), or one gold.json listing
// {file, meetingDate, poster, items} for the notes beside it.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface GoldItem {
  owners: string[];
  task: string;
  /** Words at least half of which a right task holds; absent in the older layout. */
  keywords?: string[];
  due: string | null;
}

export interface GoldNote {
  file: string;
  text: string;
  meetingDate: string;
  poster?: string;
  items: GoldItem[];
}

interface RawGold {
  file?: string;
  meetingDate?: unknown;
  poster?: unknown;
  items?: unknown;
}

function checked(raw: RawGold, where: string): Omit<GoldNote, 'file' | 'text'> {
  if (typeof raw.meetingDate !== 'string' || !Array.isArray(raw.items)) throw new Error(`${where}: needs "meetingDate" and "items"`);
  const items = (raw.items as Partial<GoldItem>[]).map((i) => ({
    owners: Array.isArray(i.owners) ? i.owners.map(String) : [],
    task: String(i.task ?? ''),
    ...(Array.isArray(i.keywords) ? { keywords: i.keywords.map(String) } : {}),
    due: typeof i.due === 'string' && i.due ? i.due : null,
  }));
  return { meetingDate: raw.meetingDate, ...(typeof raw.poster === 'string' ? { poster: raw.poster } : {}), items };
}

export async function loadGoldNotes(dir: string): Promise<GoldNote[]> {
  const names = (await readdir(dir)).sort();
  const out: GoldNote[] = [];
  if (names.includes('gold.json')) {
    const list = JSON.parse(await readFile(path.join(dir, 'gold.json'), 'utf8')) as RawGold[];
    for (const raw of list) {
      const file = String(raw.file);
      out.push({ file, text: await readFile(path.join(dir, file), 'utf8'), ...checked(raw, `gold.json (${file})`) });
    }
    return out;
  }
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    const stem = name.slice(0, -5);
    const file = names.find((n) => n !== name && n.startsWith(`${stem}.`));
    if (!file) throw new Error(`${path.join(dir, name)}: no ${stem}.txt beside it`);
    const raw = JSON.parse(await readFile(path.join(dir, name), 'utf8')) as RawGold;
    out.push({ file, text: await readFile(path.join(dir, file), 'utf8'), ...checked(raw, name) });
  }
  if (out.length === 0) throw new Error(`${dir}: no notes (NN.txt or NN.md + NN.json, or gold.json)`);
  return out;
}
