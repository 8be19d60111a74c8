import { describe, expect, it } from 'vitest';
import { normalize, stem, tokenize } from '../../../src/core/knowledge/text.js';

describe('tokenize', () => {
  it('lowercases, folds accents and drops stopwords', () => {
    expect(normalize('Café ÉLAN')).toBe('cafe elan');
    expect(tokenize('What is the Café for?')).toEqual(['cafe']);
  });

  it('keeps regulation numbers, money and age ranges usable', () => {
    const toks = tokenize('See 34 CFR 361.42 for ages 18-64; the cap is $9,730.');
    expect(toks).toContain('361.42');
    expect(toks).toContain('9730');
    expect(toks).toEqual(expect.arrayContaining(['18-64', '18', '64']));
    // A question that writes the figure without punctuation finds the same token.
    expect(tokenize('is the limit 9730 dollars')).toContain('9730');
  });

  it('gives word forms people use interchangeably the same stem', () => {
    const same = (a: string, b: string) => expect(stem(a)).toBe(stem(b));
    same('eligibility', 'eligible');
    same('employment', 'employed');
    same('counselor', 'counseling');
    same('disabilities', 'disabled');
    same('coordination', 'coordinating');
    same('services', 'service');
    same('applies', 'applying');
  });

  it('reads a plural acronym as its acronym, so "SCs" finds a folder that writes "SC"', () => {
    expect(tokenize('how often do SCs visit? CILs and IEPs')).toEqual(tokenize('how often do SC visit? CIL and IEP'));
  });

  it('reads "he\'ll", "we\'d" and "she\'ll" as the pronoun, never as "hell", "wed" or "shell"', () => {
    expect(tokenize("he'll need rides, we'd like a bus pass and she'll ask")).toEqual(tokenize('he need rides, we like a bus pass and she ask'));
    expect(tokenize('he’ll go')).not.toContain('hell');
    expect(tokenize("don't")).toEqual(['dont']);
  });

  it('does not stem numbers or very short words', () => {
    expect(stem('ssi')).toBe('ssi');
    expect(stem('2026')).toBe('2026');
  });
});
