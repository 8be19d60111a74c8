// Teams does not let apps post in private channels, so a plan linked to one could never show its
// commitments, reminders or weekly digest there. `link` and `create` from a private channel are
// refused before the assistant sees them, saying what to do instead. Every reply to something said
// in a private channel goes to the person's personal chat with Liaison (see deliver.ts).
import type { Activity } from 'botbuilder';
import { hint, hinted } from '../../core/hints.js';
import type { Inbound, Reply } from '../../core/messages.js';

interface ChannelData {
  channel?: { type?: string };
  team?: { type?: string };
}

/** Teams marks a private channel on the channel (`type: private`) and on its team (`privateChannel`). */
export function isPrivateChannel(activity: Partial<Activity>): boolean {
  const data = activity.channelData as ChannelData | undefined;
  return activity.conversation?.conversationType === 'channel' && (data?.channel?.type === 'private' || data?.team?.type === 'privateChannel');
}

const LINKING = new Set(['link', 'create']);

/** The refusal for a command that would link this private channel to a plan, or undefined for anything else. */
export function privateChannelRefusal(inbound: Inbound): Reply[] | undefined {
  const name = inbound.kind === 'command' ? inbound.command?.name.toLowerCase() : undefined;
  if (!name || !LINKING.has(name)) return undefined;
  const label = inbound.command?.args.join(' ').trim() || '<plan label>';
  const said = hinted`Nothing was linked: this is a private channel, and Microsoft Teams does not let apps post in private channels, so Liaison could not show the plan's commitments, reminders or weekly digest there. Link a standard channel or a group chat with the student's team instead, with ${name === 'create' ? hint('create', label) : hint('link', label)} there.`;
  return [{ kind: 'info', text: said.text, hints: said.hints, audience: { kind: 'requester' } }];
}
