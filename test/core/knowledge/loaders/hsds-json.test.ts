import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadHsdsJson } from '../../../../src/core/knowledge/loaders/hsds-json.js';

const read = (name: string) => readFileSync(new URL(`../../../fixtures/loaders/hsds-json/${name}`, import.meta.url), 'utf8');

describe('loadHsdsJson', () => {
  const docs = loadHsdsJson(read('lakeview-vr.json'), 'directory/lakeview-vr.json');
  const preEts = docs.find((d) => d.serviceId === 'svc-pre-ets')!;
  const lines = preEts.sections.flatMap((s) => s.text.split('\n'));

  it('makes one document per service, sourced as file.json#serviceId', () => {
    expect(docs.map((d) => [d.source, d.title, d.format])).toEqual([
      ['directory/lakeview-vr.json#svc-pre-ets', 'Pre-Employment Transition Services', 'hsds'],
      ['directory/lakeview-vr.json#svc-job-coach', 'Supported Employment Job Coaching', 'hsds'],
    ]);
  });

  it('renders nested organization, eligibility, ages, area, hours, phones, address, documents and review date', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'Provided by: Lakeview County Vocational Rehabilitation',
        'Who can get it: Students with a disability who have an IEP or a 504 plan.',
        'Ages: 14 to 21',
        'Service area: Lakeview County',
        'Hours: Mon-Fri 8:00-17:00',
        'Phone: (555) 555-0100 (main); (555) 555-0101 (fax)',
        'Address: 120 Main St, Suite 4, Lakeview, OH 44000',
        'Fees: Free',
        "How to apply: Call the office, or ask your school's transition coordinator to refer you.",
        'Documents to bring: Current IEP or 504 plan; Proof of age',
        'Languages: English, Spanish',
        'Last reviewed: 2025-09-15',
      ]),
    );
  });

  it('ignores unknown fields', () => {
    const all = docs.map((d) => JSON.stringify(d)).join('');
    expect(all).not.toContain('LV-12');
    expect(all).not.toContain('x_internal_priority');
  });

  it('fills contact details for the answer card', () => {
    expect(preEts.contact).toEqual({
      organization: 'Lakeview County Vocational Rehabilitation',
      phones: ['(555) 555-0100 (main)', '(555) 555-0101 (fax)'],
      email: 'preets@vr.example.org',
      url: 'https://vr.example.org/students/pre-ets',
      hours: 'Mon-Fri 8:00-17:00',
      address: '120 Main St, Suite 4, Lakeview, OH 44000',
    });
    expect(preEts.url).toBe('https://vr.example.org/students/pre-ets');
  });

  it('says "from 16" when only a minimum age is given, groups hours, and falls back to the organization for contact', () => {
    const coach = docs[1]!;
    const text = coach.sections[0]!.text;
    expect(text).toContain('Ages: from 16');
    expect(text).toContain('Hours: Mon, Wed, Fri 9:00-15:00; Sat 10:00-12:00');
    expect(text).toContain('Phone: (555) 555-0120 ext. 12 (job coaching desk)');
    expect(text).toContain('Last reviewed: 2025-06-02');
    expect(coach.contact?.url).toBe('https://vr.example.org');
  });

  it('reads { organizations: [...] } with strings instead of arrays and description-only schedules', () => {
    const [ils] = loadHsdsJson(read('cil.json'), 'cil.json');
    const text = ils!.sections[0]!.text;
    expect(ils!.source).toBe('cil.json#svc-ils');
    for (const line of [
      'Provided by: Riverside Center for Independent Living',
      'Ages: up to 26',
      'Service area: Riverside County; Lakeview County',
      'Hours: By appointment, weekdays and some evenings',
      'Phone: (555) 555-0200 (front desk)',
      'Documents to bring: Photo ID',
      'Languages: English, American Sign Language',
      'Fees: Sliding scale $10 per session, waived for students',
      'Alert: Waiting list of about 6 weeks as of spring 2026.',
    ]) {
      expect(text.split('\n')).toContain(line);
    }
  });

  it("keeps what a schedule is for beside its hours, and the room a location's name gives", () => {
    const service = {
      id: 'svc-orient',
      name: 'VR Intake',
      organization: { name: 'Lakeview VR' },
      schedules: [
        { byday: 'MO,TU,WE,TH,FR', opens_at: '08:00', closes_at: '16:30' },
        { byday: 'TU', opens_at: '13:00', closes_at: '15:00', description: 'Walk-in orientation every Tuesday 1-3 pm.' },
      ],
      service_at_locations: [
        { location: { name: 'Lakeview College, Student Center Room 140', addresses: [{ address_1: '3000 College Drive', city: 'Lakeview', state_province: 'OH' }] } },
      ],
    };
    const [doc] = loadHsdsJson(JSON.stringify([service]), 'x.json');
    const text = doc!.sections[0]!.text;
    expect(text).toContain('Hours: Mon-Fri 8:00-16:30; Tue 13:00-15:00; Walk-in orientation every Tuesday 1-3 pm.');
    expect(doc!.contact?.address).toBe('Lakeview College, Student Center Room 140, 3000 College Drive, Lakeview, OH');
  });

  it("keeps a service area's description beside its name, for a region whose name says nothing of where it is", () => {
    const service = {
      id: 'svc-wipa',
      name: 'WIPA Benefits Counseling',
      service_areas: [{ name: 'Southwest Region', description: 'Tamsen, Larch, Oxbow and 19 other counties' }, { name: 'Statewide' }],
    };
    const [doc] = loadHsdsJson(JSON.stringify([service]), 'x.json');
    expect(doc!.service).toMatchObject({ areas: ['Southwest Region', 'Statewide'], areaNotes: ['Tamsen, Larch, Oxbow and 19 other counties'] });
  });

  it('accepts a bare array of services and a single service object', () => {
    const service = { id: 's1', name: 'Benefits counseling', eligibility_description: 'SSI or SSDI recipients.' };
    expect(loadHsdsJson(JSON.stringify([service]), 'a.json').map((d) => d.source)).toEqual(['a.json#s1']);
    expect(loadHsdsJson(JSON.stringify(service), 'b.json')[0]!.sections[0]!.text).toBe('Who can get it: SSI or SSDI recipients.');
  });

  it('reports broken JSON with the line, and JSON that is not HSDS', () => {
    expect(() => loadHsdsJson('{\n  "name": "x",\n  oops\n}', 'bad.json')).toThrow(/^not valid JSON: .* at line 3, column 3$/);
    expect(() => loadHsdsJson('{"name":"liaison","version":"0.1.0","description":"a package"}', 'package.json')).toThrow(
      /not an HSDS service directory/,
    );
  });
});
