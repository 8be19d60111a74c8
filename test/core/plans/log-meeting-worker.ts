// Run as a separate process by embedded-store.test.ts: logs one meeting into <dir> and prints the result.
import { fixedClock } from '../../../src/core/clock.js';
import { openEmbeddedStore } from '../../../src/core/plans/embedded-store.js';
import { meetingWrite } from './fixtures.js';

const [dir, planId] = process.argv.slice(2) as [string, string];
const store = await openEmbeddedStore({ dataDir: dir, clock: fixedClock('2026-03-02T15:00:00Z') });
const result = await store.logMeeting(planId, meetingWrite(planId, [Date.UTC(2026, 2, 5), null], ['msg:from-two-processes']));
await store.close();
process.stdout.write(JSON.stringify(result));
