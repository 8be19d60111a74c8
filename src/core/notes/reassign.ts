// A line that moves an item to someone else, wherever it stands in the notes: a correction above a
// pasted recap ("the Cobble Hill job shadow is Heidi's, not Marcus's"), an addition below it ("the
// Mabry's one: I'm taking that over from Marcus"), a comment on a document ("Dev is on leave,
// reassigning this to Heidi").
import { OWNERS_RE, splitOwners } from './owners.js';
import { REPEAT_SIMILARITY, sameOwner, taskSimilarity } from './score.js';
import type { ExtractedItem } from './types.js';
import { sentences } from './segment.js';
import { words } from './verbs.js';
import { wordnet } from '../knowledge/lexicon.js';

export interface Reassignment {
  /** Who takes the item on ("I" is the one who wrote the line); empty when the item is called off. */
  to: string;
  /** Whose item it was, when the line says. */
  from?: string;
  /** The words that name the item ("the Cobble Hill job shadow"), or the whole line. */
  what: string;
  /** Where in the line the words that move or call off the item stand. */
  at?: number;
}

const WHO = `(${OWNERS_RE})`;
const FORMS: { re: RegExp; read: (m: RegExpExecArray) => Reassignment }[] = [
  // "I'm taking that over from Marcus", "Jo is taking the tour over from Sam".
  {
    re: new RegExp(`(?:^|[:;,.]\\s*)${WHO}\\s*(?:['’]m|['’]s|\\s+(?:am|is|are|will\\s+be))\\s+taking\\s+(.{0,60}?)\\s*over\\s+from\\s+${WHO}`),
    read: (m) => ({ to: m[1]!, what: m[2]!, from: m[3]! }),
  },
  // "the Cobble Hill job shadow is Heidi's, not Marcus's".
  {
    re: new RegExp(`(?:^|[:;,.(-]\\s*)(.{3,60}?)\\s+is\\s+${WHO}['’]s,?\\s+not\\s+${WHO}['’]s`),
    read: (m) => ({ to: m[2]!, what: m[1]!, from: m[3]! }),
  },
  // "reassigning this to Heidi", "Reassigned to Heidi Cross"; "scratch that, I won't put the eval in", "so strike
  // that one", "Route's full, sorry. Can't do this one.": the item goes to no one.
  {
    re: new RegExp(`\\b(?:reassign(?:ing|ed)?\\s+(?:(?:this|it|that)\\s+)?to\\s+${WHO}|(?:scratch|strike)\\s+that\\b|can['’]?t\\s+do\\s+(?:this|that|it)(?:\\s+one)?\\b)`, 'i'),
    read: (m) => ({ to: m[1] ?? '', what: '' }),
  },
];

/** A word that only points at a thing named elsewhere: "that", "this", "it", "them", "those". */
export const isPointer = (word: string): boolean => /^(?:that|this|it|them|those)$/i.test(word);

/** The reassignment a line states, if any. */
export function readReassignment(text: string): Reassignment | null {
  for (const form of FORMS) {
    const m = form.re.exec(text);
    if (!m) continue;
    const r = form.read(m);
    // "taking that over": the line's other words name the item ("the Mabry's one: ...").
    const what = !r.what || isPointer(r.what) ? text : r.what;
    // "from Marcus, I know the manager": the one it was from is the first person named.
    return { ...r, what, at: m.index, ...(r.from ? { from: splitOwners(r.from)[0]! } : {}) };
  }
  return null;
}

/**
 * Moves the item the line names best to its new owner: among the old owner's items when the line
 * names one (the only one, or the one whose task shares words with the line), else among all.
 */
export function reassign(items: ExtractedItem[], r: Reassignment, writer: string | undefined, line: string, read = items.length): void {
  if (!r.to) {
    callOff(items, writer, line, read, r.at ?? 0);
    return;
  }
  const named = splitOwners(r.to).map((o) => (['i', 'me'].includes(o.toLowerCase()) ? (writer ?? o) : o));
  // "to Heidi. +Heidi Cross": one person written twice is kept by the fuller name.
  const to = named.filter((o) => !named.some((p) => p !== o && p.length > o.length && sameOwner(o, p)));
  // "reassigning this to Heidi" after "Dev is on leave": the person the line names first had it.
  const from = r.from ?? items.find((i) => i.owners.some((o) => line.includes(o.split(' ')[0]!)) && !i.owners.some((o) => to.some((t) => sameOwner(o, t))))?.owners[0];
  const pool = items.map((item, i) => ({ item, i })).filter(({ item }) => from !== undefined && item.owners.some((o) => sameOwner(o, from)));
  if (pool.length === 0) return;
  const score = (x: { item: ExtractedItem }) => taskSimilarity(x.item.task, r.what);
  const best = pool.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (pool.length > 1 && score(best) === 0) return;
  items[best.i] = { ...best.item, owners: to };
}

/**
 * "scratch that, I won't put the driving eval in until he has the permit": the writer's own item the line
 * names is called off; "Priya emailed, the app doesn't open until June so strike that one": else the item
 * of the person the line names.
 */
function callOff(items: ExtractedItem[], writer: string | undefined, line: string, read: number, at: number): void {
  const of = (owner: string | undefined) => items.map((item, i) => ({ item, i })).filter(({ item }) => owner !== undefined && item.owners.some((o) => sameOwner(o, owner)));
  const named = items.find((i) => i.owners.some((o) => line.includes(o.split(' ')[0]!)))?.owners[0];
  const remove = (pool: { item: ExtractedItem; i: number }[], best: ExtractedItem) => {
    // A recap over its transcript says the item twice ("request for driving evaluation by December 15" /
    // "the request for the driver rehab evaluation ... by the fifteenth"): both go, alike in words or on the same day.
    const same = (x: ExtractedItem) => taskSimilarity(x.task, best.task) >= REPEAT_SIMILARITY || (!!best.due && x.due === best.due && taskSimilarity(x.task, best.task) > 0);
    const gone = new Set(pool.filter((x) => same(x.item)).map((x) => x.i));
    for (let j = items.length - 1; j >= 0; j--) if (gone.has(j)) items.splice(j, 1);
  };
  for (const pool of [of(writer), of(named)]) {
    const scored = pool.map((x) => ({ ...x, score: taskSimilarity(x.item.task, line) })).filter((x) => x.score > 0);
    if (scored.length === 0) continue;
    remove(pool, scored.reduce((a, b) => (b.score > a.score ? b : a)).item);
    return;
  }
  // "Route's full through spring, sorry. Can't do this one.": "this one" is the writer's last item before the line,
  // unless its sentence named what it takes back first ("the cooking class on the 19th — scratch that, they cancelled it").
  const before = of(writer).filter((x) => x.i < read);
  const said = sentences(line.slice(0, at)).pop() ?? '';
  const namesOwn = words(said).some((w) => lexicon.isNoun(w.toLowerCase()));
  if (POINTS_BACK.test(line) && before.length && !namesOwn) remove(before, before[before.length - 1]!.item);
}

const lexicon = wordnet();

/** A call-off that points at the item rather than naming it ("Can't do this one."). */
const POINTS_BACK = /\b(?:this|that|it)(?:\s+one)?\b/i;
