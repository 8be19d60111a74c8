// The partner directory: importing rows (upsert by id, else by email) and finding the partner
// behind a platform user.
import { randomBytes } from 'node:crypto';
import type { PartnerRow } from './partners-csv.js';
import type { PlanStore } from './store.js';
import type { Actor, Partner } from './types.js';

const slug = (s: string) =>
  s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32) || 'partner';

export async function importPartners(store: PlanStore, rows: PartnerRow[]): Promise<{ added: Partner[]; updated: Partner[] }> {
  const added: Partner[] = [];
  const updated: Partner[] = [];
  const existing = await store.listPartners();
  const ids = new Set(existing.map((p) => p.id));
  for (const { line: _line, ...row } of rows) {
    const before = (row.id ? await store.getPartner(row.id) : null) ?? (row.email ? await store.getPartnerByEmail(row.email) : null);
    let id = before?.id ?? row.id ?? slug(row.name);
    while (!before && ids.has(id)) id = `${slug(row.name)}-${randomBytes(2).toString('hex')}`;
    ids.add(id);
    const partner: Partner = { ...(before ?? {}), ...row, id, aliases: row.aliases.length ? row.aliases : (before?.aliases ?? []) };
    (before ? updated : added).push(partner);
  }
  await store.upsertPartners([...added, ...updated]);
  return { added, updated };
}

/** The partner a platform user is: by the platform's user id, else by email (web/console/cli: id too). */
export function partnerForActor(actor: Actor, partners: Partner[]): Partner | undefined {
  const email = actor.email?.toLowerCase();
  return partners.find((p) => {
    if (actor.platform === 'slack' && p.slackUserId === actor.userId) return true;
    if (actor.platform === 'teams' && p.teamsUserId === actor.userId) return true;
    if (email && p.email?.toLowerCase() === email) return true;
    return (actor.platform === 'web' || actor.platform === 'console' || actor.platform === 'cli') && p.id === actor.userId;
  });
}
