// The partner directory as a CSV with a header row. A bad row is refused with its line and column,
// so the coordinator can fix the file and import again.
import { parse } from 'csv-parse/sync';
import { badInput } from '../errors.js';
import { isValidTimeZone } from './dates.js';
import { PARTNER_KINDS, type Partner, type PartnerKind, type PreferredPlatform } from './types.js';

/** A directory row before it is matched to an existing partner (which may give it an id). */
export type PartnerRow = Omit<Partner, 'id'> & { id?: string; line: number };

const COLUMNS: Record<string, keyof Partner> = {
  id: 'id',
  name: 'name',
  aliases: 'aliases',
  agency: 'agency',
  role: 'role',
  email: 'email',
  slackuserid: 'slackUserId',
  slackid: 'slackUserId',
  teamsuserid: 'teamsUserId',
  teamsid: 'teamsUserId',
  timezone: 'timeZone',
  tz: 'timeZone',
  preferredplatform: 'preferredPlatform',
  platform: 'preferredPlatform',
  kind: 'kind',
  teamstenantid: 'teamsTenantId',
  tenantid: 'teamsTenantId',
};
const PLATFORMS: readonly PreferredPlatform[] = ['slack', 'teams', 'email'];

export function parsePartnersCsv(text: string, fileName = 'the partners CSV'): PartnerRow[] {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: true, trim: true, bom: true }) as typeof records;
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw badInput(`${fileName} could not be read${e.lines ? ` at line ${e.lines}` : ''}: ${e.message}. Check the quotes and commas on that line.`);
  }
  const [header, ...rows] = records;
  if (!header) throw badInput(`${fileName} is empty. It needs a header row such as: name,email,agency,role,time_zone`);
  const fields = header.record.map((h) => COLUMNS[h.toLowerCase().replace(/[^a-z]/g, '')]);
  const unknown = header.record.filter((_, i) => !fields[i]);
  if (unknown.length) {
    throw badInput(`${fileName} line 1: unknown column(s) ${unknown.map((u) => `"${u}"`).join(', ')}. Known columns: ${Object.keys(COLUMNS).join(', ')}.`);
  }
  if (!fields.includes('name')) throw badInput(`${fileName} line 1: a "name" column is required.`);
  return rows.map(({ record, info }) => toRow(record, fields as (keyof Partner)[], header.record, info.lines, fileName));
}

function toRow(cells: string[], fields: (keyof Partner)[], headers: string[], line: number, fileName: string): PartnerRow {
  const row: PartnerRow = { name: '', aliases: [], line };
  if (cells.length > fields.length) throw badInput(`${fileName} line ${line}: ${cells.length} values but only ${fields.length} columns. Quote values that contain commas.`);
  if (cells.length < fields.length) {
    throw badInput(`${fileName} line ${line}: ${cells.length} value${cells.length === 1 ? '' : 's'} but ${fields.length} columns. Give every column a value, or leave it empty with its comma (e.g. "Ana Diaz,,DVR").`);
  }
  const fail = (i: number, problem: string) => badInput(`${fileName} line ${line}, column ${i + 1} (${headers[i]}): ${problem}. Fix that cell and import again.`);
  fields.forEach((field, i) => {
    const v = cells[i] ?? '';
    if (!v) return;
    switch (field) {
      case 'aliases':
        row.aliases = v.split(/[;|]/).map((a) => a.trim()).filter(Boolean);
        break;
      case 'email':
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) throw fail(i, `"${v}" is not an email address`);
        row.email = v;
        break;
      case 'timeZone':
        if (!isValidTimeZone(v)) throw fail(i, `"${v}" is not a time zone; use an IANA name such as America/Chicago`);
        row.timeZone = v;
        break;
      case 'preferredPlatform': {
        const p = v.toLowerCase() as PreferredPlatform;
        if (!PLATFORMS.includes(p)) throw fail(i, `"${v}" is not one of ${PLATFORMS.join(', ')}`);
        row.preferredPlatform = p;
        break;
      }
      case 'kind': {
        const k = v.toLowerCase() as PartnerKind;
        if (!PARTNER_KINDS.includes(k)) throw fail(i, `"${v}" is not one of ${PARTNER_KINDS.join(', ')} (school staff, an outside agency, or the family)`);
        row.kind = k;
        break;
      }
      case 'slackUserId':
        if (!/^[UW][A-Z0-9]+$/.test(v)) throw fail(i, `"${v}" is not a Slack user id (it starts with U or W, e.g. U024BE7LH)`);
        row.slackUserId = v;
        break;
      default:
        (row as unknown as Record<string, string>)[field] = v;
    }
  });
  if (!row.name) {
    const i = fields.indexOf('name');
    throw fail(i, 'the name is empty');
  }
  return row;
}
