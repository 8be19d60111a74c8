// botbuilder's CloudAdapter for a TeamsConfig: token checks against Bot Framework's keys (or the
// endpoints config filled in), outgoing calls authenticated by the app's credentials. The only place
// that turns Liaison's settings into botbuilder's.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { TeamsConfig } from '../../config.js';
import type { Clock } from '../../core/clock.js';
import { CachedAuthentication } from './auth-cache.js';

export function authOptions(config: TeamsConfig): ConfigurationBotFrameworkAuthenticationOptions {
  const e = config.endpoints;
  return {
    MicrosoftAppId: config.appId ?? '',
    MicrosoftAppPassword: config.appPassword ?? '',
    // Emulator mode has no app id, and botbuilder refuses a SingleTenant type without one.
    MicrosoftAppType: config.appId ? config.appType : 'MultiTenant',
    MicrosoftAppTenantId: config.tenantId ?? '',
    ...(config.channelService ? { ChannelService: config.channelService } : {}),
    ...(e
      ? {
          ToBotFromChannelOpenIdMetadataUrl: e.openIdMetadataUrl,
          ToBotFromChannelTokenIssuer: e.tokenIssuer,
          ToChannelFromBotLoginUrl: e.loginUrl,
          ToChannelFromBotOAuthScope: e.oauthScope,
          OAuthUrl: e.oauthUrl,
          ToBotFromEmulatorOpenIdMetadataUrl: e.emulatorOpenIdMetadataUrl,
          CallerId: e.callerId,
          ValidateAuthority: true,
        }
      : {}),
  };
}

/** CloudAdapter whose request path lets the endpoint tell a rejected token from a failed turn. */
export class LiaisonAdapter extends CloudAdapter {
  /** Checks the token, then runs `logic`; throws before `logic` when the request is not admitted. */
  handle(authHeader: string, activity: Activity, logic: (ctx: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * `credentials` replaces MSAL for outgoing calls (tests: a fixed token for a local connector). Connector
 * clients are reused across turns; with a `clock` (an adapter that takes requests), so are token checks.
 */
export function createAdapter(config: TeamsConfig, credentials?: ServiceClientCredentialsFactory, clock?: Clock): LiaisonAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication(authOptions(config), credentials);
  return new LiaisonAdapter(new CachedAuthentication(auth, clock ? { clock } : {}));
}
