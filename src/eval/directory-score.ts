// Directory figures for one system over questions with gold service ids ("fits": every service
// that meets every condition the question states): the share of offered services that fit, the
// share of answerable questions with a fitting service among the first three offered, and the
// share of questions no service fits that were declined (offered nothing).
import { wilson, type Estimate } from './intervals.js';

export interface DirectoryGold {
  id: string;
  question: string;
  fits: string[];
  answerable: boolean;
}

export interface DirectoryOutcome {
  id: string;
  /** Offered service ids, best first ([] when declined). */
  offered: string[];
}

export interface DirectoryFigures {
  /** Offered services that meet every stated condition, pooled over all questions. */
  fitting: Estimate;
  /** Answerable questions with a fitting service among the first three offered. */
  top3: Estimate;
  /** Questions no service fits that offered nothing. */
  declined: Estimate;
  /** Answerable questions that offered nothing (a false "there is none"). */
  falseDeclined: Estimate;
}

export const TOP = 3;

export function directoryFigures(gold: DirectoryGold[], outcomes: DirectoryOutcome[]): DirectoryFigures {
  const byId = new Map(outcomes.map((o) => [o.id, o.offered]));
  let offered = 0;
  let fitting = 0;
  let top3 = 0;
  let declined = 0;
  let falseDeclined = 0;
  for (const q of gold) {
    const got = byId.get(q.id) ?? [];
    const fits = new Set(q.fits);
    offered += got.length;
    fitting += got.filter((id) => fits.has(id)).length;
    if (q.answerable) {
      if (got.slice(0, TOP).some((id) => fits.has(id))) top3 += 1;
      if (got.length === 0) falseDeclined += 1;
    } else if (got.length === 0) declined += 1;
  }
  const answerable = gold.filter((q) => q.answerable).length;
  return {
    fitting: wilson(fitting, offered),
    top3: wilson(top3, answerable),
    declined: wilson(declined, gold.length - answerable),
    falseDeclined: wilson(falseDeclined, answerable),
  };
}
