// What a person hears when their answer is slow to come (a backlog, a slow model): decided once here,
// rendered by each channel in its own idiom, so Slack and Teams never say it differently.
import type { Reply } from './messages.js';

/** How long a person waits without an answer before hearing that it is still coming. */
export const STILL_WORKING_MS = 8_000;

export function stillWorkingReply(): Reply {
  return { kind: 'info', audience: { kind: 'requester' }, text: '_Still working on it; your answer is on its way._' };
}
