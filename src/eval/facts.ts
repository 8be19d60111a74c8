// Whether an answer holds a needed fact: a case-insensitive substring of the answer's first
// 1,000 characters, after normalising both sides the same way.

/** How much of an answer is read for facts: what a person reads before giving up. */
export const FACT_WINDOW = 1000;

/**
 * Text as compared for facts: lower case, one space for any run of whitespace, phone numbers
 * without punctuation ("(555) 555-0101" and "555.0101" meet as "5555550101"/"5550101"), money
 * without thousands commas ("$9,730" -> "$9730"), and no markdown emphasis.
 */
export function normaliseForFacts(text: string): string {
  return text
    .toLowerCase()
    .replace(/[*_`]+/g, '')
    .replace(/\$\s*(\d{1,3}(?:,\d{3})+)/g, (_, n: string) => `$${n.replace(/,/g, '')}`)
    .replace(/\(?\b(\d{3})\)?[\s.-]*(\d{3})[\s.-]+(\d{4})\b/g, '$1$2$3')
    .replace(/\b(\d{3})[\s.-]+(\d{4})\b/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}

export function containsFact(answer: string, fact: string): boolean {
  return normaliseForFacts(answer).includes(normaliseForFacts(fact));
}

/** Every fact is in the answer's first FACT_WINDOW characters. */
export function holdsFacts(answer: string, facts: string[]): boolean {
  const read = answer.slice(0, FACT_WINDOW);
  return facts.every((f) => containsFact(read, f));
}
