// Given names and surnames from a maintained data package (@faker-js/faker's English and Spanish
// locales: ~3,000 given names, ~1,100 surnames), read lazily the first time a label is checked.
type PersonDefinitions = { first_name?: Record<string, string[] | undefined>; last_name?: Record<string, string[] | undefined> };

export interface NameLists {
  given: Set<string>;
  surnames: Set<string>;
}

let lists: Promise<NameLists> | undefined;

/** Lower case without accents, so "García" and "Garcia" are one name. */
export const foldName = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

async function load(): Promise<NameLists> {
  const locales = await Promise.all([import('@faker-js/faker/locale/en'), import('@faker-js/faker/locale/es')]);
  const given = new Set<string>();
  const surnames = new Set<string>();
  for (const { faker } of locales) {
    const person = faker.definitions.person as PersonDefinitions | undefined;
    for (const names of Object.values(person?.first_name ?? {})) for (const n of names ?? []) given.add(foldName(n));
    for (const names of Object.values(person?.last_name ?? {})) for (const n of names ?? []) surnames.add(foldName(n));
  }
  return { given, surnames };
}

export function nameLists(): Promise<NameLists> {
  lists ??= load();
  return lists;
}
