// Dev-only: the directory bench's starter row alone (the starter folder's official questions whose gold
// names directory services; a floor for "offered that fit"), without the scale run that comes with it
// in `npm run bench -- --directory`. `npx tsx bench/dev/starter-directory.ts`.
import path from 'node:path';
import { directoryFigures } from '../../src/eval/directory-score.js';
import { liaisonOffers } from '../directory.js';
import { buildIndex } from '../knowledge.js';
import { loadQuestions } from '../questions.js';
import { ROOT } from './sets.js';

const questions = (await loadQuestions(path.join(ROOT, 'bench', 'data', 'questions.jsonl')))
  .map((q) => ({ id: q.id, question: q.question, fits: q.sources.filter((s) => s.includes('#')).map((s) => s.slice(s.indexOf('#') + 1)), answerable: q.answerable }))
  .filter((q) => q.fits.length > 0);
const built = await buildIndex(path.join(ROOT, 'knowledge'));
const f = directoryFigures(questions, await liaisonOffers(built.knowledge, questions));
console.log(['fitting', 'top3', 'declined', 'falseDeclined'].map((k) => { const x = f[k as keyof typeof f]; return `${k} ${x.value.toFixed(2)} n=${x.n}`; }).join('  '));
