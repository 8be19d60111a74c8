import { describe, expect, it } from 'vitest';
import { wordnet } from '../../../src/core/knowledge/lexicon.js';

describe('WordNet lexicon', () => {
  const lex = wordnet();

  it('knows English words in their inflected forms, and not made-up ones', () => {
    expect(lex.knows('dentists')).toBe(true);
    expect(lex.knows('grown-up')).toBe(true);
    expect(lex.knows('aardvark')).toBe(true);
    expect(lex.knows('zymurgy')).toBe(true);
    expect(lex.knows('zxqvbn')).toBe(false);
    expect(lex.related('zxqvbn')).toEqual([]);
  });

  it('gives the synonyms of the common senses, not the next broader word', () => {
    expect(lex.related('pupil')).toContain('student');
    expect(lex.related('grownup')).toContain('adult');
    expect(lex.related('dentists')).toContain('tooth doctor');
    // Midnight is a kind of hour and football a kind of field game: neither is another word for it.
    expect(lex.related('midnight')).not.toContain('hour');
    expect(lex.related('football')).not.toContain('field game');
  });

  it('reads a word known as a noun only as a noun, so rare verb senses stay out', () => {
    // "to dog" someone is to track them; asked about a guide dog, that sense is noise.
    expect(lex.related('dog')).not.toContain('track');
    expect(lex.related('dog')).toContain('domestic dog');
  });

  it('tells words used mostly as nouns from adverbs, adjectives, verbs and unknown strings', () => {
    for (const w of ['laptop', 'dentists', 'holidays', 'mileage', 'password', 'obligation', 'grooming']) expect(lex.isNoun(w), w).toBe(true);
    for (const w of ['somewhere', 'extra', 'fast', 'realistically', 'reimburse', 'zxqvbn']) expect(lex.isNoun(w), w).toBe(false);
  });

  it('knows which words have a sense as a noun at all, first names among them, and which are only other parts of speech', () => {
    for (const w of ['pat', 'ray', 'today', 'fast']) expect(lex.knowsAsNoun(w), w).toBe(true);
    for (const w of ['also', 'called', 'mailed', 'realistically', 'zxqvbn']) expect(lex.knowsAsNoun(w), w).toBe(false);
  });

  it('knows places', () => {
    for (const w of ['Ohio', 'Nebraska', 'Chicago']) expect(lex.isPlace(w), w).toBe(true);
    for (const w of ['dentist', 'Maplewood', 'obligation']) expect(lex.isPlace(w), w).toBe(false);
  });
});
