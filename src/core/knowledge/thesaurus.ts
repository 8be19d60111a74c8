// A domain thesaurus for transition planning: acronyms, agency nicknames and everyday words mapped
// to canonical concepts, so "where do I get job help" finds the vocational-rehabilitation guide and
// "will her disability check stop" finds the SSI guide. Expansion adds concept tokens (`c:vr`)
// next to the words; documents and questions are expanded the same way.
import { tokenize } from './text.js';

/** Concept name -> phrases that mean it (written as people write them; tokenized on load). */
export const CONCEPTS: Record<string, string[]> = {
  vr: ['vr', 'dvr', 'dors', 'ovr', 'vrs', 'dars', 'ocvr', 'voc rehab', 'vocational rehab', 'rehab', 'vocational rehabilitation', 'rehabilitation services', 'job help', 'help finding a job', 'help getting a job', 'vr counselor', 'vr agency', 'rehab agency'],
  ssi: ['ssi', 'supplemental security income', 'disability check', 'ssi check', 'monthly check', 'social security check', 'federal benefit rate', 'fbr'],
  ssdi: ['ssdi', 'social security disability insurance', 'disability insurance', 'cdb', 'childhood disability benefits', 'dac', 'disabled adult child'],
  ssa: ['ssa', 'social security', 'social security administration', 'social security office'],
  benefits: ['benefits', 'public benefits', 'government benefits', 'disability benefits'],
  iep: ['iep', 'individualized education program', 'individualized education plan', 'special education plan', 'iep meeting', 'iep team'],
  ipe: ['ipe', 'individualized plan for employment', 'employment plan', 'work plan'],
  pre_ets: ['pre ets', 'preets', 'pre employment transition services', 'pre-employment transition services', 'job exploration counseling', 'work based learning', 'workplace readiness training', 'instruction in self advocacy'],
  section_504: ['504', '504 plan', 'section 504', 'rehabilitation act section 504'],
  accommodations: ['accommodations', 'accommodation', 'reasonable accommodation', 'modifications', 'extra time', 'assistive technology'],
  ada: ['ada', 'americans with disabilities act', 'disability discrimination'],
  idea: ['idea', 'individuals with disabilities education act', 'special education law'],
  cil: ['cil', 'center for independent living', 'centers for independent living', 'independent living center', 'independent living centre', 'independent living'],
  dd: ['dd', 'idd', 'i dd', 'developmental disability', 'developmental disabilities', 'intellectual disability', 'intellectual and developmental disabilities', 'dd agency', 'dd services', 'regional center', 'county board'],
  autism: ['autism', 'autistic', 'asd', 'autism spectrum'],
  hcbs: ['hcbs', 'home and community based services', 'waiver', 'medicaid waiver', 'waiver waiting list', 'waiver waitlist', 'dd waiver', 'home care services'],
  medicaid: ['medicaid', 'medical assistance', 'health coverage', 'health insurance', 'medicaid buy in', '1619b', '1619 b', 'chip'],
  medicare: ['medicare'],
  able: ['able account', 'able accounts', 'able savings', 'able plan', 'achieving a better life experience', 'savings account', 'save money without losing', 'savings limit'],
  resources: ['resource limit', 'asset limit', 'countable resources', '2000 limit', 'savings limit', 'too much money in the bank'],
  wipa: ['wipa', 'benefits counseling', 'benefits counselor', 'benefits planner', 'benefits planning', 'cwic', 'work incentives planning and assistance', 'work incentives counseling'],
  work_incentives: ['work incentives', 'work incentive', 'earned income exclusion', 'irwe', 'impairment related work expenses', 'trial work period', 'substantial gainful activity', 'sga'],
  seie: ['seie', 'student earned income exclusion', 'student exclusion', 'earn money while in school', 'students who work', 'still in school', 'works while in school', 'student under 22'],
  pass: ['pass', 'plan to achieve self support', 'plan for achieving self support', 'pass plan'],
  ticket: ['ticket to work', 'ticket program', 'employment network', 'en', 'ticket'],
  oos: ['oos', 'order of selection', 'waiting list', 'waitlist', 'wait list', 'priority category', 'most significant disability', 'closed categories'],
  consent: ['ferpa', 'consent', 'release of information', 'roi', 'release form', 'permission to share', 'share records', 'sharing information', 'privacy', 'confidentiality', 'signed release', 'permission'],
  sop: ['sop', 'summary of performance', 'exit summary', 'summary of academic achievement and functional performance'],
  guardianship: ['guardianship', 'guardian', 'conservatorship', 'supported decision making', 'sdm', 'power of attorney', 'poa', 'alternatives to guardianship', 'health care proxy', 'representative payee', 'rep payee'],
  age_majority: ['age of majority', 'turning 18', 'turns 18', 'turn 18', 'at 18', 'adult student', 'transfer of rights', 'rights transfer', 'becomes an adult', 'legal adult'],
  redetermination: ['redetermination', 'age 18 redetermination', 'adult rules', 'adult disability determination', 'continuing disability review', 'cdr', 'section 301'],
  transportation: ['paratransit', 'transportation', 'ride', 'rides', 'bus', 'bus pass', 'travel training', 'dial a ride', 'trip', 'trips', 'getting to work', 'transit', 'driver license', 'driving'],
  job_coach: ['job coach', 'job coaching', 'supported employment', 'customized employment', 'job developer', 'job placement', 'employment specialist', 'individual placement and support', 'ips'],
  employment: ['employment', 'job', 'jobs', 'work', 'career', 'competitive integrated employment', 'cie', 'hiring', 'paid work', 'part time job', 'summer job'],
  subminimum: ['subminimum wage', 'sub minimum wage', '14c', '14 c', 'section 511', 'sheltered workshop', 'sheltered work'],
  college: ['college', 'university', 'campus', 'community college', 'postsecondary', 'postsecondary education', 'higher education', 'tuition', 'dual enrollment', 'inclusive postsecondary', 'tpsid', 'cte', 'trade school', 'vocational school', 'technical college'],
  dso: ['disability services office', 'disability services', 'dso', 'disability resource center', 'office of disability services', 'office for students with disabilities', 'access office', 'student accessibility services'],
  financial_aid: ['financial aid', 'fafsa', 'pell grant', 'scholarship', 'scholarships', 'grant'],
  mental_health: ['mental health', 'counseling', 'therapy', 'therapist', 'behavioral health', 'psychiatric', 'depression', 'anxiety', 'crisis', 'crisis line', '988', 'community mental health'],
  ged: ['ged', 'hiset', 'high school equivalency', 'adult education', 'adult basic education', 'abe', 'adult school'],
  diploma: ['diploma', 'graduation', 'graduate', 'certificate of completion', 'alternate diploma', 'exit', 'leaving school', 'aging out', 'age out', 'age 21', 'age 22'],
  transition_plan: ['transition plan', 'transition services', 'postsecondary goals', 'transition assessment', 'transition planning', 'measurable postsecondary goals', 'course of study'],
  housing: ['housing', 'independent living skills', 'apartment', 'section 8', 'housing voucher', 'group home', 'supported living', 'living on my own', 'move out', 'rent'],
  self_advocacy: ['self advocacy', 'self determination', 'speak up for', 'student led iep', 'person centered planning'],
  eligibility: ['eligibility', 'eligible', 'qualify', 'qualifies', 'who can get', 'requirements', 'criteria', 'presumed eligible', 'presumption of eligibility'],
  apply: ['apply', 'application', 'sign up', 'referral', 'refer', 'intake', 'how to get', 'enroll', 'enrollment', 'get started'],
  timeline: ['timeline', 'deadline', 'how long', 'how soon', '60 days', '90 days', 'within days', 'wait time', 'waiting time'],
  documents: ['documents', 'documentation', 'paperwork', 'records', 'proof', 'evaluation', 'psychological evaluation', 'medical records', 'required documents', 'what to bring'],
  earnings: ['earnings', 'earned income', 'wages', 'paycheck', 'income', 'earn', 'salary', 'how much can earn'],
  snap: ['snap', 'food stamps', 'food assistance', 'ebt', 'wic'],
  tanf: ['tanf', 'cash assistance', 'welfare'],
  appeal: ['appeal', 'appeals', 'complaint', 'grievance', 'fair hearing', 'due process', 'mediation', 'client assistance program', 'cap', 'disagree'],
  protection_advocacy: ['protection and advocacy', 'p a agency', 'disability rights', 'legal aid', 'advocate', 'advocacy organization'],
  parent_center: ['parent center', 'parent training and information center', 'pti', 'parent training', 'family network', 'family support'],
  respite: ['respite', 'respite care', 'caregiver break', 'personal care', 'pca', 'personal care attendant', 'direct support professional', 'dsp'],
  recreation: ['recreation', 'recreational', 'rec', 'adaptive sports', 'adapted sports', 'unified sports', 'special olympics', 'sports', 'leisure', 'social club', 'teen social', 'inclusive recreation', 'parks and rec', 'parks and recreation', 'day camp', 'summer camp'],
  day_program: ['day program', 'day habilitation', 'adult day', 'day services', 'community integration'],
  apprenticeship: ['apprenticeship', 'internship', 'project search', 'paid internship', 'work experience', 'job shadowing', 'job shadow', 'volunteer'],
  wioa: ['wioa', 'workforce innovation and opportunity act', 'american job center', 'one stop', 'workforce center', 'career center', 'job center'],
  meeting: ['meeting', 'team meeting', 'invite', 'invited', 'attend', 'participating agency', 'agency representative'],
  reconvene: ['reconvene', 'failed to provide', 'agency did not provide', 'did not deliver', 'missed commitment', 'alternative strategies', 'does not happen', 'did not happen', 'never happened', 'never delivered', 'never provided', 'never came', 'never showed up', 'promised'],
  contact: ['phone', 'phone number', 'call', 'contact', 'email', 'address', 'office', 'hours', 'open', 'located', 'location', 'who do i call', 'who to call'],
  cost: ['cost', 'costs', 'free', 'fee', 'fees', 'sliding scale', 'pay for', 'pays for', 'afford'],
  language: ['spanish', 'interpreter', 'translation', 'language', 'asl', 'sign language', 'deaf', 'hard of hearing'],
  blind: ['blind', 'visually impaired', 'vision loss', 'low vision', 'commission for the blind', 'braille'],
};

const MAX_PHRASE = 6;

interface Trie {
  concepts: string[];
  next: Map<string, Trie>;
}

function buildTrie(): Trie {
  const root: Trie = { concepts: [], next: new Map() };
  for (const [concept, phrases] of Object.entries(CONCEPTS)) {
    for (const phrase of phrases) {
      const toks = tokenize(phrase);
      if (toks.length === 0 || toks.length > MAX_PHRASE) continue;
      let node = root;
      for (const t of toks) {
        let child = node.next.get(t);
        if (!child) {
          child = { concepts: [], next: new Map() };
          node.next.set(t, child);
        }
        node = child;
      }
      const token = conceptToken(concept);
      if (!node.concepts.includes(token)) node.concepts.push(token);
    }
  }
  return root;
}

let trie: Trie | undefined;

export function conceptToken(concept: string): string {
  return `c:${concept}`;
}

export function isConceptToken(token: string): boolean {
  return token.startsWith('c:');
}

/**
 * Concept tokens found in a token stream (as produced by `tokenize`). At each position the longest
 * matching phrase wins, so "order of selection" yields c:oos once rather than also matching "order".
 */
export function findConcepts(tokens: string[]): string[] {
  trie ??= buildTrie();
  const found: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: Trie | undefined = trie;
    let best: string[] = [];
    let bestLen = 0;
    for (let j = i; j < tokens.length && j - i < MAX_PHRASE; j++) {
      node = node.next.get(tokens[j]!);
      if (!node) break;
      if (node.concepts.length) {
        best = node.concepts;
        bestLen = j - i + 1;
      }
    }
    if (bestLen > 0) {
      found.push(...best);
      i += bestLen;
    } else {
      i += 1;
    }
  }
  return found;
}

/** The tokens followed by the concept tokens they mention (duplicates kept: they count as frequency). */
export function expandTokens(tokens: string[]): string[] {
  return tokens.concat(findConcepts(tokens));
}
