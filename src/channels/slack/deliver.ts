// Sends each Reply to its audience: the conversation (in the thread), only the requester (ephemeral),
// another person (DM), a modal ('form') or the App Home tab ('home').
import type { webApi } from '@slack/bolt';
import type { Reply } from '../../core/messages.js';
import type { Logger } from '../../log.js';
import type { Directory } from './directory.js';
import { renderMessages, type SlackMessage } from './render/blocks.js';
import { formModal, homeView, notesModal } from './render/views.js';

type WebClient = webApi.WebClient;

/** Where the inbound came from: enough to answer in the right place. */
export interface Origin {
  /** Conversation id; may be absent for App Home interactions. */
  channel?: string;
  /** Thread to answer in (channels: the message's thread or the message itself). */
  threadTs?: string;
  userId: string;
  /** Interactions and slash commands: ephemeral answers go here (works even where the bot is no member). */
  responseUrl?: string;
  /** For views.open. */
  triggerId?: string;
  /** The first ephemeral reply replaces the message whose button was pressed (e.g. a proposal). */
  replaceOriginal?: boolean;
}

export interface DeliverDeps {
  client: WebClient;
  directory: Directory;
  log: Logger;
  fetch?: typeof fetch;
}

async function postResponseUrl(deps: DeliverDeps, url: string, body: Record<string, unknown>): Promise<void> {
  const res = await (deps.fetch ?? fetch)(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`response_url answered HTTP ${res.status}`);
}

async function toPerson(deps: DeliverDeps, userId: string, messages: SlackMessage[]): Promise<void> {
  const channel = await deps.directory.dmChannel(deps.client, userId);
  for (const m of messages) await deps.client.chat.postMessage({ channel, text: m.text, blocks: m.blocks, unfurl_links: false });
}

function slackErrorCode(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

const CANNOT_EPHEMERAL = new Set(['not_in_channel', 'channel_not_found', 'user_not_in_channel', 'is_archived']);

/** Sends a message only the requester sees; falls back to a DM where the bot cannot post ephemerally. */
export async function toRequester(deps: DeliverDeps, origin: Origin, messages: SlackMessage[], replace = false): Promise<void> {
  if (origin.responseUrl) {
    for (const [i, m] of messages.entries()) {
      const replaceThis = replace && i === 0;
      await postResponseUrl(deps, origin.responseUrl, {
        response_type: 'ephemeral',
        replace_original: replaceThis,
        ...(origin.threadTs && !replaceThis ? { thread_ts: origin.threadTs } : {}),
        text: m.text,
        blocks: m.blocks,
      });
    }
    return;
  }
  if (origin.channel) {
    try {
      for (const m of messages) {
        await deps.client.chat.postEphemeral({
          channel: origin.channel,
          user: origin.userId,
          text: m.text,
          blocks: m.blocks,
          ...(origin.threadTs ? { thread_ts: origin.threadTs } : {}),
        });
      }
      return;
    } catch (err) {
      if (!CANNOT_EPHEMERAL.has(slackErrorCode(err) ?? '')) throw err;
      deps.log.info({ channel: origin.channel, code: slackErrorCode(err) }, 'slack: ephemeral not possible here; sending a DM');
    }
  }
  await toPerson(deps, origin.userId, messages);
}

export async function deliver(deps: DeliverDeps, origin: Origin, replies: Reply[]): Promise<void> {
  let replaced = false;
  for (const reply of replies) {
    if (reply.kind === 'form') {
      if (!origin.triggerId) throw new Error('a form reply needs a trigger_id');
      const where = { channel: origin.channel, threadTs: origin.threadTs };
      // A form without items asks for notes to be pasted; with items it edits a proposal.
      await deps.client.views.open({ trigger_id: origin.triggerId, view: reply.items?.length ? formModal(reply, where) : notesModal(where) });
      continue;
    }
    if (reply.kind === 'home') {
      const user = reply.audience.kind === 'person' ? reply.audience.person.userId : origin.userId;
      await deps.client.views.publish({ user_id: user, view: homeView(reply) });
      continue;
    }
    const messages = renderMessages(reply, origin.threadTs);
    const audience = reply.audience;
    if (audience.kind === 'person') {
      if (audience.person.platform !== 'slack') {
        deps.log.warn({ platform: audience.person.platform, kind: reply.kind }, 'slack: reply addressed to a person on another platform; skipped');
        continue;
      }
      await toPerson(deps, audience.person.userId, messages);
    } else if (audience.kind === 'requester' || !origin.channel) {
      await toRequester(deps, origin, messages, !!origin.replaceOriginal && !replaced);
      replaced = true;
    } else {
      for (const m of messages) {
        await deps.client.chat.postMessage({
          channel: origin.channel,
          text: m.text,
          blocks: m.blocks,
          unfurl_links: false,
          ...(origin.threadTs ? { thread_ts: origin.threadTs } : {}),
        });
      }
    }
  }
}
