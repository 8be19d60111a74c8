// The Slack side of the reminder loop: a ping is a DM to the partner, rendered like any reply. Its
// own Web API client does not retry by itself and hands rate limits back (the loop honours
// Retry-After and backs off), so one call is never held for minutes inside the client.
import { webApi } from '@slack/bolt';
import type { Delivery, DeliveryResult, Notifier } from '../../core/reminders/notifier.js';
import type { Logger } from '../../log.js';
import { renderMessages } from './render/blocks.js';

/** Errors that say this person cannot get a DM from the bot at all. */
const UNREACHABLE = new Set(['user_not_found', 'account_inactive', 'cannot_dm_bot', 'user_disabled', 'not_allowed_token_type', 'missing_scope', 'invalid_auth', 'not_in_channel', 'channel_not_found', 'is_archived']);

export function createSlackNotifier(opts: { botToken: string; apiUrl?: string; log: Logger; timeoutMs?: number }): Notifier {
  const clientOptions: webApi.WebClientOptions = {
    ...(opts.apiUrl ? { slackApiUrl: opts.apiUrl.endsWith('/') ? opts.apiUrl : `${opts.apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: opts.timeoutMs ?? 15_000,
  };
  const client = new webApi.WebClient(opts.botToken, clientOptions);
  return {
    platform: 'slack',
    async deliver(d: Delivery): Promise<DeliveryResult> {
      if (!d.to.userId && !d.to.conversationId) return { status: 'unreachable', reason: `${d.to.name ?? 'this partner'} has no Slack user id in the directory` };
      try {
        const channel = d.to.conversationId ?? (await client.conversations.open({ users: d.to.userId! })).channel?.id;
        if (!channel) return { status: 'retry', reason: 'conversations.open returned no channel' };
        for (const m of renderMessages(d.reply)) await client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false });
        return { status: 'sent' };
      } catch (err) {
        const e = err as { code?: string; retryAfter?: number; data?: { error?: string }; statusCode?: number; message?: string };
        if (e.code === 'slack_webapi_rate_limited_error') return { status: 'retry', reason: 'Slack rate limit', retryAfterMs: (e.retryAfter ?? 1) * 1000 };
        const code = e.data?.error;
        if (code && UNREACHABLE.has(code)) return { status: 'unreachable', reason: `Slack refused the DM (${code})` };
        opts.log.warn({ code: code ?? e.code, status: e.statusCode }, 'slack: reminder delivery failed; will retry');
        return { status: 'retry', reason: code ?? e.message ?? 'Slack request failed' };
      }
    },
  };
}
