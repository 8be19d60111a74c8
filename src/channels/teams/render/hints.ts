// Core's hints worded as Teams command-menu words: **link JR-2027** (typed to Liaison, or picked
// from the command menu in the compose box).
import { wordHints, type Wording } from '../../../core/hints.js';
import type { Reply } from '../../../core/messages.js';

export const teamsWording: Wording = (h) => `**${[h.action, ...(h.args ?? [])].join(' ')}**`;

/** The reply's Markdown with its hints worded for Teams. */
export const teamsMarkdown = (reply: Pick<Reply, 'text' | 'hints'>): string => wordHints(reply.text, reply.hints, teamsWording);
