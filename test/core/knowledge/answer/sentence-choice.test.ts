import { describe, expect, it } from 'vitest';
import { extractiveAnswer } from '../../../../src/core/knowledge/answer/extractive.js';
import { assessGrounding } from '../../../../src/core/knowledge/answer/grounding.js';
import { isRuleList } from '../../../../src/core/knowledge/answer/quote.js';
import type { Hit } from '../../../../src/core/knowledge/types.js';
import { chunk } from '../../../fixtures/answer/passages.js';
import { expectValidCitations } from './citations.js';

function passage(text: string, title: string, score: number, source: string): Hit {
  return { chunk: { ...chunk('preEts'), id: `${source}::0`, source, title, headings: [], text }, score };
}

describe('choosing the sentence that holds the asked fact', () => {
  it('does not take the digits of a rule citation for an asked age', () => {
    const sources = passage(
      '- 34 CFR 361.48(a) (pre-employment transition services)\n- 34 CFR 361.5(c)(51) (definition of student with a disability)',
      'Pre-Employment Transition Services',
      0.8,
      'guides/pre-ets.md',
    );
    const service = passage(
      'Short-term career services for high school students with disabilities. Who can get it: students with disabilities ages 14 to 21 who are enrolled in school.',
      'Pre-Employment Transition Services',
      0.6,
      'directory/pre-ets.json',
    );
    const a = extractiveAnswer('How old must a student be to begin pre-employment transition services?', [sources, service]);
    expect(a.text).toContain('ages 14 to 21');
    expect(a.text).not.toContain('361.48(a) (pre-employment');
    expectValidCitations(a);
  });

  it('quotes the sentence giving the date though it names little of the question', () => {
    const fair = passage(
      'The Tilden High transition fair brings agencies, colleges and employers together for students and families. Agencies set up tables in the gym. The fair runs on March 13, 2027 from 4 to 7 p.m.',
      'Events',
      0.8,
      'pages/events.md',
    );
    const a = extractiveAnswer('my student turns 17 soon. when is the tilden high transition fair?', [fair]);
    expect(a.text).toContain('March 13, 2027');
    expect(a.text.indexOf('Tilden High transition fair')).toBeLessThan(a.text.indexOf('March 13'));
    expectValidCitations(a);
  });

  it('answers "by when" with a day of the month ("by the 10th day of the month")', () => {
    const sheet = passage(
      [
        'SSI counts wages when they are paid, not when they are earned, and Social Security does not subtract wages dollar for dollar.',
        'A student on SSI who starts working keeps much of the SSI check through the Student Earned Income Exclusion.',
        'Families can report wages to SSA online, by phone, or at the local SSA office, and should keep their pay stubs.',
        'Students who report wages to SSA late may be overpaid and have to pay SSI back.',
        'Reporting: wages must be reported by the 10th day of the month after they are paid.',
      ].join(' '),
      'Work Incentives Quick Sheet',
      0.9,
      'benefits/quick-sheet.md',
    );
    const a = extractiveAnswer('student on SSI started working - by when does he have to report wages to SSA each month', [sheet], 300);
    expect(a.text).toContain('10th day of the month');
    expectValidCitations(a);
  });

  it('answers "when is it" with the sentence giving the day and time, though others name more of the question', () => {
    const club = passage(
      [
        'Youth Job Club helps young people with disabilities explore jobs, practice interviews and meet local employers.',
        'Families are welcome at youth job club and can ask staff about other youth programs.',
        'Youth job club is free for students with an IEP or 504 plan, and a family member may come along to any youth job club session.',
        'Each youth job club family gets a short guide to summer jobs, volunteering and job shadows for youth.',
        'Youth who finish job club can ask for a job coach, and their family can meet the coach first.',
        'Many youth job club members go on to paid summer jobs with local employers who came to the club.',
        'Families of youth job club members also get a newsletter about youth job fairs.',
        'The club meets the 2nd Tuesday of each month at 4:30 p.m. in Room 12 of the Hollis office.',
      ].join(' '),
      'Youth Job Club',
      0.9,
      'pages/job-club.html',
    );
    const summer = passage(
      'Youth job club members can also join the summer youth work program; families of youth in the program get a monthly newsletter about job club news.',
      'Summer Youth Work',
      0.7,
      'pages/summer.html',
    );
    const a = extractiveAnswer('family wants to go to youth job club. when is it?', [club, summer]);
    expect(a.text).toContain('2nd Tuesday of each month at 4:30 p.m.');
    expectValidCitations(a);
  });

  it('quotes a fact from another section of the best source, cited as that source', () => {
    const about = passage(
      'Peer Connect Mentoring pairs new college students with disabilities with trained peer mentors who meet them every week.',
      'Peer Connect Mentoring',
      0.9,
      'programs/peer-mentoring.html',
    );
    const apply = { ...about.chunk, id: 'programs/peer-mentoring.html::1', headings: ['How to apply'], text: 'Fill in the short form online. Getting matched with a peer mentor usually takes about 6 weeks.' };
    const other = passage('Students can ask the counseling office about tutoring and study groups.', 'Tutoring', 0.5, 'pages/tutoring.html');
    const chunksOf = (source: string) => (source === about.chunk.source ? [about.chunk, apply] : [other.chunk]);
    const q = 'how long does it take to get matched with a peer connect mentor?';
    const a = extractiveAnswer(q, [about, other], undefined, chunksOf);
    expect(a.text).toContain('6 weeks');
    expect(a.citations.filter((c) => c.source === 'programs/peer-mentoring.html')).toHaveLength(1);
    expectValidCitations(a);
    // Without the source's other sections, only what search returned is quoted.
    expect(extractiveAnswer(q, [about, other]).text).not.toContain('6 weeks');
  });

  describe('the asked kind of fact in another section of a source below the best', () => {
    const events = passage(
      'Join us this winter for game nights, a job fair and the youth leadership retreat for teens with disabilities.',
      'Hills & Roads Newsletter',
      0.9,
      'community/newsletter.eml',
    );
    const retreat = passage(
      'The youth leadership retreat is a weekend at Camp Laurel where teens with disabilities practise self-advocacy.',
      'Youth Leadership Retreat',
      0.8,
      'cil/leadership-retreat.html',
    );
    const fees = { ...retreat.chunk, id: 'cil/leadership-retreat.html::1', headings: ['Fees and registration'], text: 'Fee: $40 for the youth leadership retreat, including lodging and all meals.' };
    const activities = { ...retreat.chunk, id: 'cil/leadership-retreat.html::2', headings: ['What happens at the retreat'], text: 'Ask about the cost of the youth leadership retreat when you plan a community project with us.' };
    const chunksOf = (source: string) => (source === retreat.chunk.source ? [retreat.chunk, fees, activities] : [events.chunk]);
    const q = 'how much does the youth leadership retreat cost?';

    it('quotes it, cited as that source', () => {
      const a = extractiveAnswer(q, [events, retreat], undefined, chunksOf);
      expect(a.text).toContain('Fee: $40');
      expect(a.citations.filter((c) => c.source === 'cil/leadership-retreat.html')).toHaveLength(1);
      expectValidCitations(a);
      // Without the sources' other sections, only what search returned is quoted.
      expect(extractiveAnswer(q, [events, retreat]).text).not.toContain('$40');
    });

    it('reads such a section for the asked kind only', () => {
      expect(extractiveAnswer(q, [events, retreat], undefined, chunksOf).text).not.toContain('community project');
    });

    it('lets the gate see the section the answer quotes', () => {
      expect(assessGrounding(q, [events, retreat]).signals.cuts.quoteKindMissing).toBe(1);
      expect(assessGrounding(q, [events, retreat], undefined, { chunksOf }).signals.cuts.quoteKindMissing).toBeUndefined();
    });
  });

  it('recognises a bare list of rule citations', () => {
    expect(isRuleList('34 CFR 361.5(c)(51) (definition of student)')).toBe(true);
    expect(isRuleList('A student can receive them from age 16 up to age 21, under 34 CFR 361.5(c)(51).')).toBe(false);
  });

  it('quotes a fee table row that names its section', () => {
    const table = passage(
      [
        'Providers are paid by milestone:',
        '',
        'Milestone | Payment',
        'M1 Job plan approved | $650',
        'M2 Placement in the job | $1,500',
        'M3 Stabilization (Section 10.6.1) | $1,250',
        'M4 90 days after transition to extended services | $800',
      ].join('\n'),
      'Supported Employment',
      0.9,
      'manual/ch10.txt',
    );
    expect(isRuleList('M3 Stabilization (Section 10.6.1) | $1,250')).toBe(false);
    expect(extractiveAnswer('What is the milestone payment for stabilization in supported employment?', [table]).text).toContain('$1,250');
  });
});

describe('what the answer quotes around the best sentence', () => {
  const myth = passage(
    'Many parents are told they "must get guardianship" when their child turns 18. That is not true. ' +
      'For what changes at 18 in school, see "Transfer of Rights at the Age of Majority". Guardianship is a court order.',
    'Alternatives to Guardianship',
    0.9,
    'guides/alternatives-to-guardianship.md',
  );

  it('adds the sentence after one that only restates the question', () => {
    const a = extractiveAnswer('Is it true parents must get guardianship when their child turns 18?', [myth]);
    expect(a.text).toContain('That is not true.');
    expectValidCitations(a);
  });

  it('never quotes a cross-reference to another page', () => {
    const a = extractiveAnswer('What changes at 18 in school for guardianship?', [myth]);
    expect(a.text).not.toContain('see "Transfer of Rights');
  });

  it('in a directory entry, quotes the line asked about even when the question names the service area', () => {
    const entry = passage(
      [
        'Provided by: Lakeland Office of Vocational Rehabilitation - Maple District',
        '',
        'Apply for VR services to get help choosing, training for, finding and keeping a job. A VR counselor meets with you and decides if you are eligible within 60 days.',
        '',
        'Who can get it: People with an impairment that makes it hard to get or keep a job. You must live in Lakeland.',
        'Ages: from 16',
        'Service area: Maple County',
        'Hours: Mon-Fri 8:00-16:30; Tue 13:00-15:00',
        'Fees: Free to apply.',
        'How to apply: Call the intake line or walk in on Tuesday afternoons for a group orientation.',
        'Documents to bring: Photo ID or school ID; Most recent IEP or 504 plan (with consent)',
        'Languages: English, Spanish',
      ].join('\n'),
      'Vocational Rehabilitation Application and Eligibility',
      0.9,
      'directory/maple.json#vr',
    );
    entry.chunk.serviceId = 'vr';
    const a = extractiveAnswer('What does a student need to bring to apply for VR in Maple County?', [entry]);
    expect(a.text).toContain('Photo ID');
  });

  it('does not repeat the hours, phone and address the contact line gives, and quotes what to bring instead', () => {
    const entry = passage(
      [
        'Medicaid application help for county residents of any age.',
        'Hours: Mon-Fri 8:00-17:00; Walk-in help Wednesdays 9:00-15:00 at the Sawyer office',
        'Phone: (970) 555-0280 (Main); (970) 555-0281 (Sawyer office)',
        'Address: 100 Main St, Juniper Springs, CO 81581',
        'Email: help@dhs.example.gov',
        'Documents to bring: Photo ID; Social Security numbers for household members applying; Proof of income for the last 30 days; Proof of county address',
      ].join('\n'),
      'Medicaid Application Assistance',
      0.9,
      'directory/county.json',
    );
    entry.chunk = {
      ...entry.chunk,
      serviceId: 'medicaid',
      contact: {
        organization: 'County Department of Human Services',
        phones: ['(970) 555-0280 (Main)', '(970) 555-0281 (Sawyer office)'],
        hours: 'Mon-Fri 8:00-17:00; Walk-in help Wednesdays 9:00-15:00 at the Sawyer office',
        address: '100 Main St, Juniper Springs, CO 81581',
        email: 'help@dhs.example.gov',
      },
    };
    const page = passage('Walk-in help is first come, first served; arrive early on Wednesdays.', 'Applying for Medicaid', 0.5, 'pages/medicaid.md');
    const a = extractiveAnswer('applying for medicaid at DHS - what do they need to bring, and are there walk in hours in sawyer?', [entry, page]);
    expect(a.text).toContain('Proof of income');
    // Said once, in the contact line.
    expect(a.text.split('Walk-in help Wednesdays').length - 1).toBe(1);
    expect(a.text.split('100 Main St').length - 1).toBe(1);
    // The entry search put first is still [1].
    expect(a.citations[0]?.title).toBe('Medicaid Application Assistance');
    expectValidCitations(a);
  });

  it('cites each directory service of one file as its own source, each with its own lines', () => {
    const service = (id: string, title: string, text: string, score: number): Hit => {
      const h = passage(text, title, score, 'directory/services.json');
      h.chunk = { ...h.chunk, id: `directory/services.json::${id}`, serviceId: id };
      return h;
    };
    const respite = service('respite', 'Weekend Respite Club', 'Weekend respite care for children ages 5 to 17 with developmental disabilities, Saturdays 9 to 3.', 0.9);
    const inHome = service('in-home', 'In-Home Respite', 'In-home respite care for families of children with developmental disabilities, up to 20 hours a month.', 0.8);
    const a = extractiveAnswer('where can a family get respite care for a child with developmental disabilities?', [respite, inHome]);
    expect(a.citations.map((c) => c.title)).toEqual(['Weekend Respite Club', 'In-Home Respite']);
    // Each service's lines carry its own number, never the other's.
    expect(a.text).toMatch(/Saturdays 9 to 3\.\s*\[1\]/);
    expect(a.text).toMatch(/20 hours a month\.\s*\[2\]/);
    expectValidCitations(a);
  });
});
