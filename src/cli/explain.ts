// `liaison ask --explain`: why a question was answered or declined, in plain lines after the answer.
// For a folder answer, the grounding gate's confidence and threshold and each part of the confidence
// (the search-and-coverage base and every named check, with how often it fired and its weight); for a
// directory answer, the conditions read from the question and how many services of the kind fit.
import type { CHECKS, GateVerdict } from '../core/knowledge/answer/gate.js';
import type { AskResult } from '../core/skills/ask.js';
import type { DirectoryAnswer } from '../core/skills/directory.js';

/** What each part of the gate's confidence is, in words (every named check must have its line: the type says so). */
const MEANING: Record<(typeof CHECKS)[number] | 'bias' | 'logBase', string> = {
  bias: 'starting point',
  logBase: 'log of how well the passages found cover the question',
  unknownName: 'a name the folder never uses',
  unknownNoun: 'a specific thing the folder never mentions',
  quoteKindMissing: 'the kind of fact asked (amount, date, phone...) is not in what would be quoted',
  otherPlace: 'the passage is about another place than the one asked',
  focusNameMissing: 'what the question is about is not named in what would be quoted',
  yearMissing: 'the year asked is not in what would be quoted',
  periodMissing: 'the month or season asked (with its year) is not in what would be quoted',
};

const fixed = (x: number, digits = 2): string => (Math.round(x * 10 ** digits) / 10 ** digits).toFixed(digits);

export function explainLines(result: AskResult): string[] {
  if (result.directory) return directoryLines(result.directory);
  const gate = result.answer.gate;
  if (!gate) return ['Why: no explanation is available for this answer.'];
  return gateLines(gate, result.answer.grounded);
}

function gateLines(gate: GateVerdict, grounded: boolean): string[] {
  const verdict = grounded ? 'answered' : 'declined';
  const out = [`Why: ${verdict}: confidence ${fixed(gate.confidence)} against a threshold of ${fixed(gate.threshold)}.`];
  for (const t of gate.terms) {
    const fired = t.name === 'bias' || t.name === 'logBase' ? fixed(t.value) : t.value ? `fired ${t.value}×` : 'did not fire';
    out.push(`  ${t.name.padEnd(17)} ${fired.padEnd(13)} weight ${fixed(t.weight).padStart(6)}  adds ${fixed(t.value * t.weight).padStart(6)}  (${MEANING[t.name as keyof typeof MEANING] ?? t.name})`);
  }
  if (gate.missing?.length) out.push(`  words no passage found holds: ${gate.missing.join(', ')}`);
  return out;
}

function directoryLines(d: DirectoryAnswer): string[] {
  if (!d.reading) return ['Why: answered from the directory; no reading was recorded.'];
  const c = d.reading.conditions;
  const read = [
    c.place && `place ${c.place.near ? 'near ' : ''}${c.place.place.name}`,
    c.age && `age ${c.age.min === c.age.max ? c.age.min : `${c.age.min}-${c.age.max}`}`,
    c.language && `language ${c.language.name}`,
    c.cost && `cost ${c.cost.cost}`,
    c.when && `open ${c.when.when}`,
  ].filter(Boolean);
  const out = [`Why: answered from the directory's fields: asked for "${c.kind}"${read.length ? `, ${read.join(', ')}` : ''}.`];
  out.push(`  ${d.reading.ofKind} services read as that kind; ${d.reading.fits} meet every condition.`);
  if (d.reading.blocking) out.push(`  none fits: the ${d.reading.blocking} rules them out.`);
  return out;
}
