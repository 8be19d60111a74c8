import { describe, expect, it } from 'vitest';
import { loadPlainText } from '../../../../src/core/knowledge/loaders/plain-text.js';

// Written for these tests: a provider's fee schedule and a rider guide laid out in aligned columns, the
// way they are typed in a text editor or saved from a PDF.
const FEES = [
  'RIVERBEND JOB SERVICES',
  'Fee schedule, fiscal year 2027',
  '',
  '=====================================================================',
  'SECTION A. EMPLOYMENT SERVICES (VR-authorized)',
  '---------------------------------------------------------------------',
  'Code    Service                                    Unit            Rate',
  '---------------------------------------------------------------------',
  'E-100   Discovery / Customized Employment Profile  flat fee   $1,850.00',
  'E-220   Job Development - Milestone 3 (90 days,    milestone  $1,400.00',
  '          case ready for closure)',
  'E-300   Job Coaching / On-site Supports            per hour      $48.50',
  '---------------------------------------------------------------------',
].join('\n');

const FARES = [
  'RIDER GUIDE',
  '',
  '----------------------------------------------------------------------',
  'FARES (one way)',
  '----------------------------------------------------------------------',
  '  Fixed-route bus, full fare .............................. $1.50',
  '  Fixed-route bus, reduced fare (disability, 60+,',
  '     Medicare card) ....................................... $0.75',
  '  DIAL-A-RIDE, reduced fare (disability or 60+) ........... $2.50',
].join('\n');

const sectionsOf = (text: string) => loadPlainText(text, 'fees.txt').sections;

describe('plain text tables laid out in columns', () => {
  it('reads each row as its cells, a wrapped cell joined back, under the heading above the table', () => {
    const section = sectionsOf(FEES).find((s) => s.headings.includes('SECTION A. EMPLOYMENT SERVICES (VR-authorized)'));
    expect(section?.text.split('\n')).toEqual([
      'Code | Service | Unit | Rate',
      'E-100 | Discovery / Customized Employment Profile | flat fee | $1,850.00',
      'E-220 | Job Development - Milestone 3 (90 days, case ready for closure) | milestone | $1,400.00',
      'E-300 | Job Coaching / On-site Supports | per hour | $48.50',
    ]);
  });

  it('reads a dot leader as a column gap, a label wrapped onto the next line kept with its fare', () => {
    const section = sectionsOf(FARES).find((s) => s.headings.at(-1) === 'FARES (one way)');
    expect(section?.text.split('\n')).toEqual([
      'Fixed-route bus, full fare | $1.50',
      'Fixed-route bus, reduced fare (disability, 60+, Medicare card) | $0.75',
      'DIAL-A-RIDE, reduced fare (disability or 60+) | $2.50',
    ]);
  });

  it('reads an UPPERCASE header row as the table\'s first row, not a heading', () => {
    const text = ['Sites', '', ' #  SITE                 WHO   MIN AGE', ' 1  Regional Hospital    STR   18', ' 2  Public Library       HS    16', '10  Dry Fork Nursery     HS    16'].join('\n');
    const [table] = sectionsOf(text);
    expect(table?.headings).toEqual([]);
    expect(table?.text.split('\n')).toEqual(['# | SITE | WHO | MIN AGE', '1 | Regional Hospital | STR | 18', '2 | Public Library | HS | 16', '10 | Dry Fork Nursery | HS | 16']);
  });

  it('leaves prose with wide gaps a paragraph: its gaps do not line up from line to line', () => {
    const prose = [
      'Handbook',
      '',
      'Respite gives  unpaid family caregivers a break.  Respite is limited to 480',
      'hours per plan year,   whether provided by an agency or through self-direction.',
      'Unused respite hours  do not carry over to the next  plan year.',
    ].join('\n');
    expect(sectionsOf(prose)).toEqual([
      {
        headings: [],
        text: 'Respite gives unpaid family caregivers a break. Respite is limited to 480 hours per plan year, whether provided by an agency or through self-direction. Unused respite hours do not carry over to the next plan year.',
      },
    ]);
  });
});
