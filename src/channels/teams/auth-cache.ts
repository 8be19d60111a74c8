// Bot Framework authentication that keeps what botbuilder rebuilds on every request. botbuilder checks
// each request's token from scratch (the signing key rebuilt from its modulus, then RS256), and for every
// turn, inbound or proactive, builds a new ConnectorClient and a user-token client, each with its own HTTP
// pipeline: under a burst, most of the main thread's time per activity. A channel token is valid for about
// an hour and its sender reuses it meanwhile, and the clients are plain HTTP clients over the same few
// service URLs, so this keeps:
// - a token's check, for that exact token (signature included) with that channel and service URL, until
//   the token expires or `maxAgeMs` passes, whichever comes first; a token that fails is never kept;
// - one ConnectorClient per app id, service URL and audience, and one user-token client per app id.
import {
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import type { Clock } from '../../core/clock.js';

export interface AuthCacheOptions {
  /** "Now" for token expiry; without it no token check is kept (clients are still reused). */
  clock?: Clock;
  /** Longest a token's check is kept, whatever its expiry (default 10 minutes). */
  maxAgeMs?: number;
  /** Token checks kept at most; the oldest goes first (default 1,000). */
  maxTokens?: number;
}

const DEFAULT_MAX_AGE_MS = 10 * 60_000;
const DEFAULT_MAX_TOKENS = 1_000;
/** Service URLs are a handful per cloud region; this only bounds a misconfiguration. */
const MAX_CLIENTS = 100;

interface Checked {
  result: AuthenticateRequestResult;
  expiresAt: number;
}

/** The app id botbuilder builds clients for: the token's audience (channels) or appid claim (emulator). */
function appIdOf(identity: ClaimsIdentity): string | undefined {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? undefined;
}

/** The token's `exp` (epoch ms), read from the payload botbuilder has just verified. */
function expiryOf(identity: ClaimsIdentity): number | undefined {
  const exp = Number(identity.getClaimValue('exp'));
  return Number.isFinite(exp) && exp > 0 ? exp * 1000 : undefined;
}

/** Adds to a bounded map, forgetting the oldest entry when full. */
function remember<V>(map: Map<string, V>, key: string, value: V, max: number): V {
  if (map.size >= max) map.delete(map.keys().next().value as string);
  map.set(key, value);
  return value;
}

export class CachedAuthentication extends BotFrameworkAuthentication {
  private readonly checked = new Map<string, Checked>();
  private readonly factories = new Map<string, ConnectorFactory>();
  private readonly connectors = new Map<string, Promise<ConnectorClient>>();
  private readonly userTokenClients = new Map<string, Promise<UserTokenClient>>();

  constructor(
    private readonly inner: BotFrameworkAuthentication,
    private readonly opts: AuthCacheOptions = {},
  ) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    const clock = this.opts.clock;
    // Emulator mode sends no token: nothing to keep.
    if (!clock || !authHeader.trim()) return this.withFactory(await this.inner.authenticateRequest(activity, authHeader));
    const key = `${activity.channelId ?? ''}\n${activity.serviceUrl ?? ''}\n${authHeader}`;
    const now = clock.now().getTime();
    const hit = this.checked.get(key);
    if (hit && now < hit.expiresAt) return hit.result;
    if (hit) this.checked.delete(key);
    const result = this.withFactory(await this.inner.authenticateRequest(activity, authHeader));
    const expiry = expiryOf(result.claimsIdentity);
    if (result.claimsIdentity.isAuthenticated && expiry !== undefined) {
      const expiresAt = Math.min(expiry, now + (this.opts.maxAgeMs ?? DEFAULT_MAX_AGE_MS));
      if (now < expiresAt) remember(this.checked, key, { result, expiresAt }, this.opts.maxTokens ?? DEFAULT_MAX_TOKENS);
    }
    return result;
  }

  override authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.factoryFor(appIdOf(claimsIdentity), () => this.inner.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const key = appIdOf(claimsIdentity) ?? '';
    return this.userTokenClients.get(key) ?? keepUnlessFailed(this.userTokenClients, key, this.inner.createUserTokenClient(claimsIdentity));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  private withFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const made = result.connectorFactory;
    const factory = this.factoryFor(appIdOf(result.claimsIdentity), () => made ?? this.inner.createConnectorFactory(result.claimsIdentity));
    return { ...result, connectorFactory: factory };
  }

  /** One factory per app id, handing out one client per service URL and audience, built by botbuilder's. */
  private factoryFor(appId: string | undefined, make: () => ConnectorFactory): ConnectorFactory {
    const known = this.factories.get(appId ?? '');
    if (known) return known;
    const connectors = this.connectors;
    let inner: ConnectorFactory | undefined;
    const factory = new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        const key = `${appId ?? ''}\n${serviceUrl}\n${audience ?? ''}`;
        inner ??= make();
        return connectors.get(key) ?? keepUnlessFailed(connectors, key, inner.create(serviceUrl, audience));
      }
    })();
    return remember(this.factories, appId ?? '', factory, MAX_CLIENTS);
  }
}

/** Keeps a client being built; a build that fails is forgotten, so the next turn tries again. */
function keepUnlessFailed<T>(map: Map<string, Promise<T>>, key: string, making: Promise<T>): Promise<T> {
  remember(map, key, making, MAX_CLIENTS);
  making.catch(() => {
    if (map.get(key) === making) map.delete(key);
  });
  return making;
}
