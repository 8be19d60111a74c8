// People who are not partners (the student, their family, anyone else a note or a question names)
// are replaced by stable placeholders before text reaches a model ("[Student A]", "[Parent 1]",
// "[Person 1]"), and the model's output is read back with the names restored. Partners in the
// directory keep their names: they own tasks, and the model must see who they are.
//
// A name is found by shape, not by wording: a run of capitalised words whose every word is a known
// given name or surname (the faker lists in name-lists.ts), or any capitalised words after an
// honorific ("Ms. Okafor"). A run holding another capitalised word ("Pell Grant", "Harbor County
// Jobs") is a proper noun, not a person. Lower-case names in casual chat are not found (see README).
import { foldName, nameLists, type NameLists } from '../plans/name-lists.js';
import { oneSpaced, words } from '../notes/verbs.js';

/** Placeholder -> the name it stands for, as first written in full. */
export type NameEntries = [placeholder: string, name: string][];

type Kind = 'Student' | 'Parent' | 'Person';

// Words that are given names in the lists but far more often ordinary words at a sentence start or in
// a heading; they count as a name only beside another name word or after an honorific.
const COMMON_WORDS = new Set(
  (
    'will may june april august january july march mark bill pat sue art grant hope joy faith grace chase rose dawn summer winter autumn ' +
    'page case young long brown white green black gray grey west north south lane hall reed ray sky star iris ivy jewel penny ' +
    'christian major king judge rich frank earnest may sunday monday tuesday wednesday thursday friday saturday'
  ).split(' '),
);
/** Given names that open a question as verbs ("Will Maya need a ride?"). */
const LEADING_VERBS = ['Will', 'May'];
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|coach)\.?$/i;
// Family roles: a name right after one of these ("mom Rosa", "her grandmother, Mrs. Lee") or right
// before one in parentheses or after a comma ("Rosa (mom)") is a parent or guardian.
const FAMILY =
  'mom|mother|mum|dad|father|parent|parents|guardian|grandmother|grandma|grandfather|grandpa|granny|aunt|uncle|stepmom|stepmother|stepdad|stepfather|foster\\s+(?:mom|dad|parent)';
const FAMILY_BEFORE = new RegExp(`\\b(?:${FAMILY})s?\\b[\\s,:(-]*(?:is\\s+)?$`, 'i');
const FAMILY_AFTER = new RegExp(`^\\s*(?:\\(|,\\s*(?:the\\s+|her\\s+|his\\s+|their\\s+)?)(?:${FAMILY})\\b`, 'i');
const WORD = "\\p{Lu}[\\p{L}'’-]*";
// Words of a run are joined by one space: a line break ends a name.
const RUN = new RegExp(`(?:\\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Coach)\\.? )?${WORD}(?: ${WORD}){0,2}`, 'gu');
const PLACEHOLDER = /\[?\b(Student [A-Z]|Parent \d{1,2}|Person \d{1,2})\b\]?/g;

const POSSESSIVE_END = /['’]s$/i;
/** How much text before a name is read for what it is: a handle's "@", a family word ("mom Rosa"). */
const CONTEXT_BEFORE = 40;
/** The character code just before "A": the first student is "Student A". */
const BEFORE_A = 64;
const bare = (w: string) => foldName(w.replace(POSSESSIVE_END, '').replace(/['’-]+$/, ''));

export class NameMask {
  /** folded name -> placeholder, without its brackets */
  private readonly byName = new Map<string, string>();
  /** placeholder without its brackets ("Student A") -> name as written */
  private readonly names = new Map<string, string>();
  private readonly counts: Record<Kind, number> = { Student: 0, Parent: 0, Person: 0 };

  constructor(
    private readonly lists: NameLists,
    /** Folded words of each partner's name and aliases: a run made of one partner's words is kept. */
    private readonly partners: Set<string>[],
    known: NameEntries = [],
  ) {
    for (const [placeholder, name] of known) this.remember(placeholder, name);
  }

  /** The text with every non-partner name replaced by its placeholder. */
  mask(text: string): string {
    return text.replace(RUN, (run: string, offset: number) => {
      // A chat handle ("@Jalen.Brooks") names a platform user, kept as written.
      const before = text.slice(Math.max(0, offset - CONTEXT_BEFORE), offset);
      if (/@[\w.-]*$/.test(before)) return run;
      const found = this.personIn(run, before);
      if (!found) return run;
      const { name, lead, trail } = found;
      const start = offset + lead.length;
      const kind = this.kindOf(text.slice(Math.max(0, start - CONTEXT_BEFORE), start), text.slice(start + name.length, start + name.length + 30), run);
      return `${lead}${this.placeholderFor(name, kind)}${trail}`;
    });
  }

  /** The model's text with placeholders read back as the names they stand for. */
  unmask(text: string): string {
    return text.replace(PLACEHOLDER, (whole: string, placeholder: string) => this.names.get(placeholder) ?? whole);
  }

  entries(): NameEntries {
    return [...this.names];
  }

  /** How many people were given a placeholder. */
  get size(): number {
    return this.names.size;
  }

  /** The person's name inside a capitalised run (without a leading sentence word or a possessive), if any. */
  private personIn(run: string, before: string): { name: string; lead: string; trail: string } | undefined {
    const isName = (w: string) => this.lists.given.has(w) || this.lists.surnames.has(w);
    let words = run.split(' ');
    // A sentence's first word ("Ask Maya", "Then Rosa", "Will Maya ...?") is not part of the name.
    let lead = '';
    while (words.length > 1 && !HONORIFIC.test(words[0]!) && (!isName(bare(words[0]!)) || LEADING_VERBS.includes(words[0]!))) {
      lead += `${words[0]} `;
      words = words.slice(1);
    }
    const honorific = HONORIFIC.test(words[0]!) && words.length > 1;
    const folded = (honorific ? words.slice(1) : words).map(bare);
    // After a family word ("her dad Luis Park") a given name opens a name whatever the surname is.
    const introduced = FAMILY_BEFORE.test(before + lead) && this.lists.given.has(folded[0]!) && !COMMON_WORDS.has(folded[0]!);
    if (!honorific && !introduced) {
      if (!folded.every(isName)) return undefined;
      if (folded.every((w) => COMMON_WORDS.has(w))) return undefined;
    }
    if (this.isPartner(folded)) return undefined;
    const rest = run.slice(lead.length);
    const possessive = POSSESSIVE_END.exec(rest)?.[0] ?? '';
    return { name: rest.slice(0, rest.length - possessive.length), lead, trail: possessive };
  }

  private isPartner(folded: string[]): boolean {
    return this.partners.some((p) => folded.every((w) => p.has(w)));
  }

  private kindOf(before: string, after: string, run: string): Kind {
    if (FAMILY_BEFORE.test(before) || FAMILY_AFTER.test(after)) return 'Parent';
    // "Maya's mom": the one whose mom it is is the student.
    return HONORIFIC.test(words(run)[0]!) ? 'Person' : 'Student';
  }

  private placeholderFor(name: string, kind: Kind): string {
    const key = foldName(oneSpaced(name));
    const words = withoutTitle(key);
    // "Maya" after "Maya Ortiz" (or the other way round) is the same person.
    const same = this.byName.get(key) ?? [...this.byName].find(([k]) => sharesWord(k, words))?.[1];
    if (same) {
      const held = this.names.get(same)!;
      if (name.length > held.length) this.names.set(same, name);
      this.byName.set(key, same);
      return `[${same}]`;
    }
    this.counts[kind]++;
    const inner = `${kind} ${kind === 'Student' ? String.fromCharCode(BEFORE_A + this.counts[kind]) : this.counts[kind]}`;
    this.remember(inner, name);
    return `[${inner}]`;
  }

  private remember(placeholder: string, name: string): void {
    const inner = placeholder.replace(/^\[|\]$/g, '');
    this.names.set(inner, name);
    this.byName.set(foldName(oneSpaced(name)), inner);
    const m = /^(Student|Parent|Person) (\S+)$/.exec(inner);
    if (m) {
      const kind = m[1] as Kind;
      const n = kind === 'Student' ? m[2]!.charCodeAt(0) - BEFORE_A : Number(m[2]);
      this.counts[kind] = Math.max(this.counts[kind], n);
    }
  }
}

/** The words of a folded name without the title before it ("ms. ortiz" -> ["ortiz"]). */
function withoutTitle(key: string): string[] {
  const words = key.split(' ');
  return words.length > 1 && HONORIFIC.test(words[0]!) ? words.slice(1) : words;
}

function sharesWord(key: string, words: string[]): boolean {
  const held = withoutTitle(key);
  return held.length !== words.length && (held.length > words.length ? words.every((w) => held.includes(w)) : held.every((w) => words.includes(w)));
}

/**
 * A mask for one exchange with a model. `partners` are the names (and aliases) of the directory's
 * partners and whoever posted the text; `known` carries a thread's placeholders over from earlier turns.
 */
export async function createNameMask(partners: readonly string[], known: NameEntries = []): Promise<NameMask> {
  const sets = partners.filter(Boolean).map((p) => new Set(p.split(/[\s.]+/).filter(Boolean).map(bare)));
  return new NameMask(await nameLists(), sets, known);
}
