// Core's hints (what a person can do next) worded as Slack slash commands: `/liaison link JR-2027`.
import { wordHints, type Wording } from '../../../core/hints.js';
import type { Reply } from '../../../core/messages.js';

export const SLASH_COMMAND = '/liaison';

export const slackWording: Wording = (h) => `\`${[SLASH_COMMAND, h.action, ...(h.args ?? [])].join(' ')}\``;

/** The reply's Markdown with its hints worded for Slack. */
export const replyMarkdown = (reply: Pick<Reply, 'text' | 'hints'>): string => wordHints(reply.text, reply.hints, slackWording);
