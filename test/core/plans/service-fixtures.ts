// A plan service over a fresh embedded store, a partner directory and a fixed clock.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fixedClock } from '../../../src/core/clock.js';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { PlanService, type RequestContext } from '../../../src/core/plans/plan-service.js';

export const DIRECTORY = `id,name,aliases,agency,role,email,slack_user_id,teams_user_id,time_zone,preferred_platform
alvarez,Rosa Alvarez,Rosie,Division of Vocational Rehabilitation (DVR),VR counselor,ralvarez@dvr.example.gov,,aad-1,America/Chicago,teams
kim,Daniel Kim,,Riverside High School,Special education teacher,dkim@school.example.org,U0KIM,,America/New_York,slack
maria-l,Maria Lopez,,Center for Independent Living,Peer mentor,mlopez@cil.example.org,U0MLOPEZ,,America/Chicago,slack
maria-c,Maria Chen,,County DD Services,Case manager,mchen@dd.example.gov,,aad-2,America/Chicago,teams
jones,Pat Jones,,Division of Vocational Rehabilitation (DVR),Job coach,pjones@dvr.example.gov,,,America/Chicago,email
park,Daniel Park,,Valley Community College,Disability services,dpark@cc.example.edu,,,America/Chicago,email
`;

export const kim: RequestContext = { actor: { platform: 'slack', userId: 'U0KIM', name: 'Daniel Kim' }, conversation: { platform: 'slack', id: 'D0KIM', kind: 'dm' } };
export const cli: RequestContext = { actor: { platform: 'cli', userId: 'operator' } };
export const inChannel = (id: string, userId = 'U0STRANGER'): RequestContext => ({ actor: { platform: 'slack', userId }, conversation: { platform: 'slack', id, kind: 'channel' } });

export async function serviceHarness() {
  const dir = mkdtempSync(path.join(tmpdir(), 'liaison-svc-'));
  const clock = fixedClock('2026-03-02T15:00:00Z');
  const store = await openEmbeddedStore({ dataDir: dir, clock });
  const service = new PlanService({ store, clock, defaultTimeZone: 'America/Chicago' });
  await service.importPartnersCsv(DIRECTORY, 'partners.csv');
  /** A plan AB-12 coordinated by Daniel Kim, with Alvarez and both Marias on the team, linked to C1. */
  const plan = await service.createPlan({ label: 'AB-12' }, kim);
  for (const m of ['ralvarez@dvr.example.gov', 'mlopez@cil.example.org', 'mchen@dd.example.gov']) await service.addMember('AB-12', m, kim);
  await service.linkConversation('AB-12', { platform: 'slack', id: 'C1' }, kim);
  return {
    dir,
    clock,
    store,
    service,
    planId: plan.id,
    close: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
