// The shapes the plan service takes and returns, shared with commitment-ops.ts.
import type { Conversation, Mention } from '../messages.js';
import type { Actor, Commitment, ConversationRef } from './types.js';

/** Who asks, and from where. No conversation = a direct request (App Home, reminder button, CLI). */
export interface RequestContext {
  actor: Actor;
  conversation?: ConversationRef & { kind?: Conversation['kind'] };
}

export interface MeetingItem {
  owners: string[];
  task: string;
  due: string | null;
  quote: string;
}

export interface LogMeetingInput extends RequestContext {
  planId: string;
  meetingDate: string;
  messageId?: string;
  sourceLink?: string;
  notesText: string;
  items: MeetingItem[];
  /** Log them even if the same notes were logged before (a new meeting with the same notes). */
  again?: boolean;
  /** The people the notes mention, as the channel (or the notes' own markup) identified them. */
  mentions?: Mention[];
}

export type AccessRule = 'see' | 'team' | 'coordinator' | 'owner';

export type ListedCommitment = Commitment & { overdue: boolean; planLabel: string; ownerNames: string[] };

