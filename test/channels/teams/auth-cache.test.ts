// The kept token checks through the real botbuilder SDK and a local key server: a check is kept for
// that exact token, channel and service URL, never past the token's expiry by the clock nor past the
// longest age, and a token that fails is never kept.
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig, type TeamsConfig } from '../../../src/config.js';
import { fixedClock } from '../../../src/core/clock.js';
import { authOptions } from '../../../src/channels/teams/adapter.js';
import { CachedAuthentication } from '../../../src/channels/teams/auth-cache.js';
import { startKeyServer, TEST_APP_ID, TEST_ISSUER, type KeyServer } from '../../helpers/bot-tokens.js';
import { TestCredentials } from '../../helpers/test-credentials.js';
import { messageActivity, TENANT } from './harness.js';

const SERVICE_URL = 'https://smba.example/amer/';
let keys: KeyServer;
let config: TeamsConfig;

beforeAll(async () => {
  keys = await startKeyServer();
  config = loadConfig({
    MICROSOFT_APP_ID: TEST_APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-used-with-the-test-credentials',
    MICROSOFT_APP_TENANT_ID: TENANT,
    TEAMS_OPENID_METADATA_URL: keys.metadataUrl,
    TEAMS_TOKEN_ISSUER: TEST_ISSUER,
    TEAMS_SERVICE_URL: SERVICE_URL,
  }).teams as TeamsConfig;
});
afterAll(() => keys.close());

/** botbuilder's own authentication, watched, inside the cache; the clock starts at the tokens' real time. */
function setup(opts: { maxAgeMs?: number } = {}) {
  const inner = new ConfigurationBotFrameworkAuthentication(authOptions(config), new TestCredentials(TEST_APP_ID, 'x', TENANT));
  const checks = vi.spyOn(inner, 'authenticateRequest');
  const clock = fixedClock(new Date());
  return { auth: new CachedAuthentication(inner, { clock, ...opts }), checks, clock };
}

const activity = (serviceUrl = SERVICE_URL) => messageActivity(serviceUrl, { text: 'hi' }) as unknown as Activity;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('kept token checks', () => {
  it('checks a token once for many activities, and again for another service URL', async () => {
    const { auth, checks } = setup();
    const header = `Bearer ${keys.token({ serviceUrl: SERVICE_URL })}`;
    for (let i = 0; i < 5; i++) await auth.authenticateRequest(activity(), header);
    expect(checks).toHaveBeenCalledTimes(1);
    await expect(auth.authenticateRequest(activity('https://smba.example/emea/'), header)).rejects.toThrow();
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('checks the token again once it has expired by the clock, or the longest age has passed', async () => {
    const { auth, checks, clock } = setup({ maxAgeMs: 120_000 });
    const exp = nowSeconds() + 60;
    const header = `Bearer ${keys.token({ serviceUrl: SERVICE_URL, claims: { exp } })}`;
    await auth.authenticateRequest(activity(), header);
    clock.advance(59_000);
    await auth.authenticateRequest(activity(), header);
    expect(checks).toHaveBeenCalledTimes(1);
    clock.advance(2_000); // past exp
    await auth.authenticateRequest(activity(), header);
    expect(checks).toHaveBeenCalledTimes(2);

    const long = setup({ maxAgeMs: 30_000 });
    const lasting = `Bearer ${keys.token({ serviceUrl: SERVICE_URL })}`;
    await long.auth.authenticateRequest(activity(), lasting);
    long.clock.advance(31_000);
    await long.auth.authenticateRequest(activity(), lasting);
    expect(long.checks).toHaveBeenCalledTimes(2);
  });

  it('never keeps a token that failed', async () => {
    const { auth, checks } = setup();
    const forged = `Bearer ${keys.token({ key: keys.strangerKey, serviceUrl: SERVICE_URL })}`;
    await expect(auth.authenticateRequest(activity(), forged)).rejects.toThrow();
    await expect(auth.authenticateRequest(activity(), forged)).rejects.toThrow();
    expect(checks).toHaveBeenCalledTimes(2);
  });

  it('hands every turn the same connector client for a service URL', async () => {
    const { auth } = setup();
    const header = `Bearer ${keys.token({ serviceUrl: SERVICE_URL })}`;
    const first = await auth.authenticateRequest(activity(), header);
    const second = await auth.authenticateRequest(activity(), header);
    const proactive = auth.createConnectorFactory(first.claimsIdentity);
    const clients = await Promise.all([first.connectorFactory!.create(SERVICE_URL), second.connectorFactory!.create(SERVICE_URL), proactive.create(SERVICE_URL)]);
    expect(new Set(clients).size).toBe(1);
    expect(await proactive.create('https://smba.example/emea/')).not.toBe(clients[0]);
  });
});
