import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/core/knowledge/types.js';
import { threadContext } from '../../../src/core/skills/ask.js';
import { linkEntry, preferAnswering, preferDirectory, preferDocument, wholeSections, withAnsweringSection, withPartPassages } from '../../../src/core/skills/passages.js';

const hit = (source: string, score: number, contact = false, title = source): Hit => ({
  score,
  chunk: {
    id: `${source}::0`, source, title, headings: [], text: 'text', hash: source,
    ...(contact ? { contact: { organization: 'Lakeland VR', phones: ['(555) 555-0101'] } } : {}),
  },
});

describe('preferDirectory', () => {
  const said = (h: Hit, title: string, text: string): Hit => ({ ...h, chunk: { ...h.chunk, title, text } });
  const hits = [
    said(hit('guides/when-an-agency-does-not-deliver.md', 0.9), 'When an agency does not deliver', 'Write down the dates you called and ask for a meeting when an agency does not deliver what the plan promised.'),
    said(hit('guides/vr-eligibility.md', 0.8), 'VR eligibility', 'The agency decides eligibility within 60 days of the application.'),
    said(hit('directory/maple.json#vr', 0.7, true), 'Lakeland Vocational Rehabilitation (VR)', 'VR services help people with disabilities get and keep a job.'),
  ];

  it('puts a close directory entry first when someone asks who to call', () => {
    expect(preferDirectory('who do I call about VR services?', hits).map((h) => h.chunk.source)).toEqual([
      'directory/maple.json#vr',
      'guides/when-an-agency-does-not-deliver.md',
      'guides/vr-eligibility.md',
    ]);
  });

  it('leaves the ranking alone for other questions and for distant entries', () => {
    expect(preferDirectory('what does VR pay for?', hits)).toBe(hits);
    const far = [hit('guides/a.md', 0.9), hit('directory/x.json#1', 0.5, true)];
    expect(preferDirectory('who should we contact about VR?', far)).toBe(far);
  });

  it('keeps the best passage first when the entry holds no more of what is asked', () => {
    const news = said(hit('community/newsletter.eml', 0.9), 'Center for Independent Living news', 'The center for independent living now builds a wheelchair ramp for a grandparent who needs one. Call 555-0162.');
    const entry = said(hit('directory/cil.json#1', 0.8, true), 'Center for Independent Living', 'Advocacy, peer support and independent living skills for people with disabilities.');
    expect(preferDirectory('grandma needs a ramp, who do i call at the center for independent living', [news, entry])[0]!.chunk.source).toBe('community/newsletter.eml');
  });
});

describe('preferDocument', () => {
  const said = (source: string, score: number, title: string, text: string, serviceId?: string): Hit => ({
    score,
    chunk: { id: `${source}::0`, source, title, headings: [], text, hash: source, ...(serviceId ? { serviceId } : {}) },
  });
  const entry = said('directory.json#svc-1', 0.8, 'Family Training Workshops', 'Workshops for families on supported decision-making and guardianship alternatives.', 'svc-1');
  const minutes = said('minutes-2026-01.txt', 0.66, 'Council minutes, January 2026', 'The family night on guardianship and supported decision-making will be held Tuesday, April 21, 2026, at the library.');
  const other = said('policy.txt', 0.7, 'Policy', 'Transfer of rights at the age of majority.');

  it('puts first a close document that holds more of the question than the directory entry ranked first', () => {
    const out = preferDocument('family night on guardianship and supported decision making this spring - whats the date', [entry, other, minutes]);
    expect(out.map((h) => h.chunk.source)).toEqual(['minutes-2026-01.txt', 'directory.json#svc-1', 'policy.txt']);
    expect(out[0]!.score).toBe(0.8);
  });

  it('puts first a close document whose whole text holds much more of the question, when its best passage holds no more than the entry', () => {
    const pathways = said('directory.json#svc-9', 0.8, 'Pathways at PRCC', 'Certificate program for students with intellectual disabilities at Prairie Ridge Community College.', 'svc-9');
    const faqIntro = said('prcc-family-faq.md', 0.68, 'PRCC family FAQ', 'Pathways is a certificate program at PRCC for students with intellectual disabilities.');
    const faqMore = { ...faqIntro, chunk: { ...faqIntro.chunk, id: 'prcc-family-faq.md::1', text: 'Pathways students can use Pell Grants. Applications are due February 1.' } };
    const chunksOf = (source: string) => (source === 'prcc-family-faq.md' ? [faqIntro.chunk, faqMore.chunk] : []);
    const question = 'does pathways at prcc take pell? and when are apps due';
    expect(preferDocument(question, [pathways, faqIntro])[0]!.chunk.source).toBe('directory.json#svc-9');
    expect(preferDocument(question, [pathways, faqIntro], chunksOf).map((h) => h.chunk.source)).toEqual(['prcc-family-faq.md', 'directory.json#svc-9']);
  });

  it('leaves the entry first when someone asks who to call, when no close document holds more, or when the best passage is a document', () => {
    const hits = [entry, minutes];
    expect(preferDocument('who do I call about the family night on guardianship?', hits)).toBe(hits);
    expect(preferDocument('guardianship workshops for families', hits)).toBe(hits);
    const far = [entry, { ...minutes, score: 0.4 }];
    expect(preferDocument('family night on guardianship and supported decision making - date?', far)).toBe(far);
    const docFirst = [other, entry, minutes];
    expect(preferDocument('family night on guardianship and supported decision making - date?', docFirst)).toBe(docFirst);
  });
});

describe('preferAnswering', () => {
  const said = (source: string, score: number, text: string): Hit => ({ score, chunk: { id: `${source}::0`, source, title: source, headings: [], text, hash: source } });
  const flyer = said('summer-works-flyer.md', 0.75, 'Summer Works pays students for six weeks of work at a real job site. Ask your school counselor to sign up.');
  const sheet = said('work-incentives-2026.md', 0.74, 'The Student Earned Income Exclusion lets an SSI student keep up to $2,410 a month of earnings in 2026.');
  const far = said('ssi-guide.md', 0.5, 'SSI counts wages after an exclusion of $65 a month and then half of the rest.');

  it('puts first the close passage that states the amount asked, when the best one states none', () => {
    const first = preferAnswering('SEIE monthly limit for 2026?? parent asking before summer works', [flyer, sheet, far])[0]!;
    expect(first.chunk.source).toBe('work-incentives-2026.md');
    expect(first.score).toBe(0.75);
  });

  it('leaves the ranking alone when nothing is asked for, the best passage answers, or the answering one is far behind', () => {
    const hits = [flyer, sheet];
    expect(preferAnswering('tell me about summer works and the SEIE', hits)).toBe(hits);
    expect(preferAnswering('SEIE monthly limit for 2026?', [sheet, flyer])[0]!.chunk.source).toBe('work-incentives-2026.md');
    const distant = [flyer, far];
    expect(preferAnswering('how much can he earn a month?', distant)).toBe(distant);
  });
});

describe('linkEntry', () => {
  const guides = [
    hit('guides/ssi-earned-income.md', 0.65, false, 'SSI and Work'),
    hit('guides/benefits-counseling-wipa.md', 0.6, false, 'Benefits Counseling (WIPA)'),
    hit('guides/ticket-to-work.md', 0.5, false, 'Ticket to Work'),
  ];
  const wider = [...guides, hit('directory/x.json#jobs', 0.45, true, 'Job Coaching'), hit('directory/x.json#wipa', 0.4, true, 'Benefits Counseling (WIPA Work Incentives Planning)')];

  it("puts a program's directory entry right after the guide about it, among the passages the answer reads", () => {
    const linked = linkEntry(guides, wider);
    expect(linked.map((h) => h.chunk.source)).toEqual([
      'guides/ssi-earned-income.md',
      'guides/benefits-counseling-wipa.md',
      'directory/x.json#wipa',
      'guides/ticket-to-work.md',
    ]);
    // It takes the place's score, so it is read before the passages below it.
    expect(linked[2]!.score).toBe(0.5);
  });

  it('adds nothing when no entry is titled for a passage', () => {
    const noEntry = wider.filter((h) => h.chunk.source !== 'directory/x.json#wipa');
    expect(linkEntry(guides, noEntry)).toBe(guides);
  });
});

describe('withAnsweringSection', () => {
  const section = (n: number, text: string): Hit['chunk'] => ({
    id: `guides/vr-timelines.md::${n}`, source: 'guides/vr-timelines.md', title: 'VR Timelines', headings: [], text, hash: String(n),
  });
  const eligibility = section(0, 'The agency decides on eligibility after it gets the application, with an extension only by agreement.');
  const plan = section(1, 'Once a person is eligible, the agency and the person must agree on the IPE within 90 days.');
  const unrelated = section(2, 'Bring the award letter within 10 days of any request for records.');
  const chunksOf = (): Hit['chunk'][] => [eligibility, plan, unrelated];
  const hits: Hit[] = [{ chunk: eligibility, score: 0.6 }, hit('guides/vr-eligibility.md', 0.45)];

  it('reads the section of a best source that holds the deadline asked for, right after it', () => {
    const out = withAnsweringSection('What is the deadline for the IPE once a person is eligible?', hits, chunksOf);
    expect(out.map((h) => h.chunk.id)).toEqual(['guides/vr-timelines.md::0', 'guides/vr-timelines.md::1', 'guides/vr-eligibility.md::0']);
    expect(out[1]!.score).toBe(0.6);
  });

  it('leaves the passages alone when the question asks for no kind of fact, or a best passage already holds one', () => {
    expect(withAnsweringSection('What is an IPE?', hits, chunksOf)).toBe(hits);
    const holding = [{ chunk: plan, score: 0.6 }];
    expect(withAnsweringSection('What is the deadline for the IPE?', holding, chunksOf)).toBe(holding);
  });
});

describe('wholeSections', () => {
  const piece = (n: number, heading: string, text: string): Hit['chunk'] => ({
    id: `manual/ch05.txt::${n}`, source: 'manual/ch05.txt', title: 'Chapter 5', headings: [heading], text, hash: String(n),
  });
  const rule = piece(0, '5.2 Extensions', 'A first extension may be for no more than 45 calendar days.');
  const reasons = piece(1, '5.2 Extensions', 'Acceptable reasons for an extension include waiting for a college admission decision.');
  const next = piece(2, '5.3 Options', 'The individual may develop the IPE with a counselor.');
  const chunksOf = (): Hit['chunk'][] => [rule, reasons, next];

  it('reads a best passage as its whole section, in reading order, and drops the other piece from the list', () => {
    const out = wholeSections([{ chunk: reasons, score: 0.9 }, { chunk: rule, score: 0.5 }, { chunk: next, score: 0.4 }], chunksOf);
    expect(out.map((h) => h.chunk.id)).toEqual(['manual/ch05.txt::1', 'manual/ch05.txt::2']);
    expect(out[0]!.chunk.text).toBe(`${rule.text}\n\n${reasons.text}`);
    expect(out[1]!.chunk.text).toBe(next.text);
  });
});

describe('withPartPassages', () => {
  it("puts each part's best passage right after the message's best one, unless the best few already hold it", () => {
    const hits = [hit('a.md', 0.9), hit('b.md', 0.8), hit('c.md', 0.7), hit('d.md', 0.6)];
    const out = withPartPassages(hits, [hit('b.md', 0.5), hit('signup.md', 0.4)]);
    expect(out.map((h) => h.chunk.source)).toEqual(['a.md', 'signup.md', 'b.md', 'c.md', 'd.md']);
    expect(out[1]!.score).toBe(0.8);
  });
});

describe('threadContext', () => {
  const thread = [
    { from: 'U1', text: 'Who is presumed eligible for VR?', isBot: false },
    { from: 'B', text: 'Anyone on SSI or SSDI [1]', isBot: true },
  ];

  it('gives a short follow-up the question a person asked before it', () => {
    expect(threadContext('and how long does that take?', thread)).toBe('Who is presumed eligible for VR?');
  });

  it('leaves a self-contained question and a thread-less message alone', () => {
    expect(threadContext('What documents does a student need to bring to the first VR intake appointment at the Maple office?', thread)).toBeUndefined();
    expect(threadContext('and how long does that take?', undefined)).toBeUndefined();
  });
});
