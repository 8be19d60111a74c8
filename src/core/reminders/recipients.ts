// Who a ping reaches. The owner, on their own platform, while the plan's consent covers their agency;
// otherwise the coordinator, told whose it is and why it came to them. Several owners: each one.
import { dateIn } from '../plans/dates.js';
import type { Commitment, Partner, Plan, PreferredPlatform } from '../plans/types.js';
import { sameAgency } from '../plans/owners.js';
import type { Recipient } from './notifier.js';

export interface Addressee {
  to: Recipient;
  /** Set when the ping is for someone else and came to the coordinator: why. */
  redirected?: { forWhom: string; reason: string };
}

/** The platform a partner is reached on: their preference when it has an address, else the first that does. */
export function reachOf(p: Partner, available: ReadonlySet<PreferredPlatform>): Recipient | undefined {
  const addressOf = (platform: PreferredPlatform): Recipient | undefined => {
    if (!available.has(platform)) return undefined;
    const base = { platform, partnerId: p.id, name: p.name };
    if (platform === 'slack' && p.slackUserId) return { ...base, userId: p.slackUserId };
    if (platform === 'teams' && p.teamsUserId) return { ...base, userId: p.teamsUserId, ...(p.teamsTenantId ? { tenantId: p.teamsTenantId } : {}) };
    if (platform === 'email' && p.email) return { ...base, email: p.email };
    return undefined;
  };
  const order: PreferredPlatform[] = [p.preferredPlatform ?? 'slack', 'slack', 'teams', 'email'];
  for (const platform of order) {
    const r = addressOf(platform);
    if (r) return r;
  }
  return undefined;
}

/** Whether the plan's consent covers telling this partner's agency about the student today. */
export function consentCovers(plan: Plan, p: Partner, today: string): { ok: true } | { ok: false; reason: string } {
  if (p.kind !== 'agency') return { ok: true };
  const agency = p.agency ?? p.name;
  const c = plan.consent;
  if (!c || !c.agencies.some((a) => sameAgency(a, agency))) {
    return { ok: false, reason: `the plan has no consent on file to share with ${agency}` };
  }
  if (c.from > today || (c.until !== null && c.until < today)) return { ok: false, reason: `the consent to share with ${agency} is not in date (${c.from} to ${c.until ?? 'open'})` };
  return { ok: true };
}

export function coordinatorOf(plan: Plan, partners: ReadonlyMap<string, Partner>, available: ReadonlySet<PreferredPlatform>): Recipient | undefined {
  const partner = plan.coordinator.partnerId ? partners.get(plan.coordinator.partnerId) : undefined;
  const viaPartner = partner ? reachOf(partner, available) : undefined;
  if (viaPartner) return viaPartner;
  const { platform, userId, name } = plan.coordinator;
  if ((platform === 'slack' || platform === 'teams') && available.has(platform)) return { platform, userId, ...(name ? { name } : {}) };
  return undefined;
}

/** The people an owner's ping goes to (a redirect to the coordinator says why), or the coordinator for an escalation. */
export function addressees(c: Commitment, plan: Plan, partners: ReadonlyMap<string, Partner>, available: ReadonlySet<PreferredPlatform>, toCoordinator: boolean, now: Date): Addressee[] {
  const coordinator = coordinatorOf(plan, partners, available);
  if (toCoordinator) return coordinator ? [{ to: coordinator }] : [];
  const out: Addressee[] = [];
  const redirect = (forWhom: string, reason: string) => {
    if (coordinator && !out.some((a) => a.redirected && a.to.userId === coordinator.userId && a.redirected.forWhom === forWhom)) out.push({ to: coordinator, redirected: { forWhom, reason } });
  };
  for (const o of c.owners) {
    const p = o.partnerId ? partners.get(o.partnerId) : undefined;
    if (!p) {
      redirect(o.written, `${o.written} is not in the partner directory`);
      continue;
    }
    const consent = consentCovers(plan, p, dateIn(c.timeZone, now));
    if (!consent.ok) {
      redirect(p.name, consent.reason);
      continue;
    }
    const reach = reachOf(p, available);
    if (!reach) redirect(p.name, `Liaison has no way to reach ${p.name} (no ${[...available].join(', ') || 'platform'} address in the directory)`);
    else out.push({ to: reach });
  }
  return out;
}
