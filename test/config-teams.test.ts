import { describe, expect, it } from 'vitest';
import { loadConfig, TEAMS_PUBLIC_CLOUD } from '../src/config.js';

describe('Teams settings', () => {
  it('leaves Teams off without an app id, and listens on every interface', () => {
    const c = loadConfig({});
    expect(c.teams).toBeUndefined();
    expect(c.host).toBe('0.0.0.0');
  });

  it('listens where LIAISON_HOST says, and names a bad address', () => {
    expect(loadConfig({ LIAISON_HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(() => loadConfig({ LIAISON_HOST: 'every interface' })).toThrow(/LIAISON_HOST: expected an address to listen on, such as 127.0.0.1 .*got "every interface"/);
  });

  it('is single-tenant by default and asks for the tenant id, naming it', () => {
    expect(() => loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw' })).toThrow(/MICROSOFT_APP_TENANT_ID: required for a SingleTenant bot/);
    const c = loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't1' });
    expect(c.teams).toMatchObject({ appId: 'app', appType: 'SingleTenant', tenantId: 't1', serviceUrl: TEAMS_PUBLIC_CLOUD.serviceUrl, unauthenticated: false });
    expect(c.teams?.endpoints).toBeUndefined();
  });

  it('fills in the public-cloud value of every endpoint not overridden once one is', () => {
    const c = loadConfig({ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'pw', MICROSOFT_APP_TENANT_ID: 't1', TEAMS_OPENID_METADATA_URL: 'http://127.0.0.1:9/meta' });
    expect(c.teams?.endpoints).toEqual({
      openIdMetadataUrl: 'http://127.0.0.1:9/meta',
      tokenIssuer: TEAMS_PUBLIC_CLOUD.tokenIssuer,
      loginUrl: TEAMS_PUBLIC_CLOUD.loginUrl,
      oauthScope: TEAMS_PUBLIC_CLOUD.oauthScope,
      oauthUrl: TEAMS_PUBLIC_CLOUD.oauthUrl,
      emulatorOpenIdMetadataUrl: TEAMS_PUBLIC_CLOUD.emulatorOpenIdMetadataUrl,
      callerId: TEAMS_PUBLIC_CLOUD.callerId,
    });
  });

  it('runs unauthenticated only when asked, on 127.0.0.1, and never in production', () => {
    const c = loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1' });
    expect(c.teams?.unauthenticated).toBe(true);
    expect(c.host).toBe('127.0.0.1');
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', LIAISON_HOST: '0.0.0.0' }).host).toBe('127.0.0.1');
    expect(() => loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', NODE_ENV: 'production' })).toThrow(/TEAMS_ALLOW_UNAUTHENTICATED: not allowed with NODE_ENV=production/);
    expect(loadConfig({ TEAMS_ALLOW_UNAUTHENTICATED: '1', MICROSOFT_APP_ID: 'a', MICROSOFT_APP_PASSWORD: 'p', MICROSOFT_APP_TENANT_ID: 't' }).teams?.unauthenticated).toBe(false);
  });
});
