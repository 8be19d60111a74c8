// The platform-neutral shapes every channel speaks: an Inbound goes into the assistant, Replies
// come out. Channels translate platform events into Inbound and render Reply; nothing else.
import type { Hint } from './hints.js';

export type Platform = 'slack' | 'teams' | 'web' | 'console' | 'cli';

export interface Person {
  platform: Platform;
  /** The platform's user id (Slack U..., Teams AAD object id, or a local name). */
  userId: string;
  name?: string;
  email?: string;
  timeZone?: string;
}

export interface Conversation {
  platform: Platform;
  /** Channel / chat id; for a DM, the DM channel id. */
  id: string;
  kind: 'dm' | 'channel' | 'group';
  /**
   * The thread the reply belongs in: the thread root's id for a message inside a thread, and the
   * message's own id (Slack ts) for a top-level message, since answers go into a thread under it.
   * Unset where the platform has no threads (console, CLI).
   */
  threadId?: string;
}

/**
 * A person mentioned in a message, read by the channel from its platform's markup: `text` is how the
 * mention reads in Inbound.text ("@Dana.Alvarez"), with the platform user behind it when known.
 */
export interface Mention {
  text: string;
  platform?: Platform;
  userId?: string;
  name?: string;
}

export type InboundKind = 'message' | 'command' | 'action' | 'notes';

export interface Inbound {
  /** Platform id of the message or event; the key for idempotency. */
  id: string;
  kind: InboundKind;
  from: Person;
  where: Conversation;
  /** The text, with the bot's own mention removed and other mentions read as "@handles" (see mentions). */
  text: string;
  /** The people mentioned in the text, as the channel read them from its platform's markup. */
  mentions?: Mention[];
  /** True when the person addressed the bot (mention, DM, slash command, button). */
  addressed: boolean;
  /** For kind 'command': the sub-command and its arguments (link, [AB-12]). */
  command?: { name: string; args: string[] };
  /** For kind 'action': which button or form, and what it carries. */
  action?: { id: string; value?: string; data?: Record<string, unknown> };
  /** Earlier messages of the thread, oldest first, when the channel could fetch them. */
  thread?: { from: string; text: string; isBot: boolean }[];
  /** Link back to the original message (for commitments' sources). */
  permalink?: string;
  receivedAt: Date;
}

export interface Citation {
  /** 1-based number used in the answer text as [n]. */
  n: number;
  source: string;
  title: string;
  url?: string;
  score: number;
  /** HSDS contact details when the source is a service. */
  contact?: { organization?: string; phones?: string[]; hours?: string; address?: string; email?: string; url?: string };
}

/**
 * One directory service as a contact card, with how it fits the question: `meets` are the
 * conditions it meets ("serves Pine Ridge", "ages 14 to 21"), `misses` the ones it does not, and
 * `unstated` the ones its entry does not say ("hours not listed"); the last two only on a card
 * offered as the nearest when nothing fits.
 */
export interface ServiceCard {
  /** Its citation number in the answer. */
  n: number;
  title: string;
  source: string;
  organization?: string;
  phone?: string;
  address?: string;
  hours?: string;
  eligible?: string;
  cost?: string;
  languages?: string;
  /** "verified March 2026", from the entry's assured_date or last_modified. */
  verified?: string;
  /** "12 miles away", when the question named a place and both have coordinates. */
  distance?: string;
  meets: string[];
  misses: string[];
  unstated?: string[];
  url?: string;
}

export interface ProposedItem {
  /** Position in the proposal, 1-based. */
  n: number;
  owners: { name: string; partnerId?: string; resolved: boolean; candidates?: string[] }[];
  task: string;
  /** YYYY-MM-DD or null when the notes gave no (clear) date. */
  due: string | null;
  dueFlag?: 'unparsed' | 'vague';
  /** The date is kept, but the person confirming should look at it (e.g. a date just past read as next year's). */
  dueWarning?: string;
  quote: string;
}

/** A commitment as shown to people (plan view, App Home, reminders). */
export interface CommitmentView {
  id: string;
  /** Its number in the plan (PLAN#n), given once and never changed. */
  n: number;
  planId: string;
  planLabel: string;
  owner: string;
  task: string;
  due: string | null;
  status: string;
  overdue: boolean;
}

export interface ReplyAction {
  id: string;
  label: string;
  value?: string;
  style?: 'primary' | 'danger';
  /**
   * A choice the press carries (Snooze: 1 day, 3 days, 1 week; Can't do it: the outcome): Slack
   * renders a select menu, Teams an Input.ChoiceSet with its Action.Execute. The chosen value comes
   * back as action.value.
   */
  choices?: { value: string; label: string }[];
  /** Asks for a date (Slack: a date picker; Teams: Input.Date); it comes back as action.value (YYYY-MM-DD). */
  input?: 'date';
  /**
   * Offers an optional free-text note sent with the press (the label says what for: "Why? (optional)");
   * it comes back as action.data.note. Teams renders an Input.Text beside the button; where a channel
   * cannot carry text with a press (a Slack select fires at once), the press goes without one.
   */
  note?: string;
  /** The press answers with a 'form' reply, so a channel that must open a dialog up front can (Teams' task/fetch). */
  opensForm?: boolean;
}

export type Audience =
  | { kind: 'conversation' } // the conversation (and thread) the inbound came from
  | { kind: 'requester' } // only the person who asked (Slack ephemeral, Teams 1:1)
  | { kind: 'person'; person: Person }; // a direct message to someone else (e.g. a new owner)

export interface Reply {
  /**
   * answer: a knowledge answer (sources, grounded, feedback buttons); proposal: extracted items awaiting
   * Confirm / Edit / Cancel; form: the proposal's items to edit (Slack renders a modal); logged: what was
   * written to a plan; plan: a plan's commitments; home: a person's own commitments across plans;
   * notice: a message to someone else (a new owner); info / error: plain text.
   */
  kind: 'answer' | 'proposal' | 'form' | 'logged' | 'plan' | 'home' | 'info' | 'error' | 'notice';
  /**
   * Markdown (CommonMark subset: **bold**, lists, [links](url)); channels convert it. `{{hint:N}}`
   * stands for hints[N], a command the person can use, which each channel words in its own idiom.
   */
  text: string;
  hints?: Hint[];
  audience: Audience;
  sources?: Citation[];
  /** A directory answer's services, best first (rendered as contact cards). */
  cards?: ServiceCard[];
  items?: ProposedItem[];
  commitments?: CommitmentView[];
  actions?: ReplyAction[];
  /** For answers: false when Liaison declined because the knowledge does not cover the question. */
  grounded?: boolean;
  /** Reference id for errors, also in the log. */
  ref?: string;
  /** Opaque data a channel echoes back with a button press (e.g. a proposal id). */
  context?: Record<string, string>;
}

/**
 * The one entry point every channel calls. It never throws: failures come back as an 'error' Reply
 * with a reference id that is also logged.
 *
 * Commands (Inbound kind 'command', command.name): ask <question>, notes [text], create <label>,
 * link <plan label>, unlink, plans, plan, done <n> [outcome], snooze <n> [days], followups on|off,
 * home, help.
 * Actions (Inbound kind 'action', action.id; echo Reply.context back in action.data):
 *   feedback (value 'up' | 'down'), proposal.confirm, proposal.again (log notes already logged as a new
 *   meeting), proposal.cancel, proposal.edit (returns a 'form'),
 *   proposal.save (data.items: [{ n, owner, task, due, drop }]), commitment.done, commitment.snooze
 *   (value = commitment id).
 * Messages (Inbound kind 'message'): a question or notes; `addressed` false for thread follow-ups the
 * channel saw without a mention — the assistant decides whether to answer (channel setting, thread it
 * answered before) and returns [] when it stays quiet. Kind 'notes' is text a person explicitly
 * submitted as meeting notes (modal, message shortcut).
 */
export interface Assistant {
  handle(inbound: Inbound): Promise<Reply[]>;
}

/** The buttons a reply shows: its own, or for a reply that names none the ones its kind always has. */
export function actionsOf(reply: Pick<Reply, 'kind' | 'actions'>): ReplyAction[] {
  return reply.actions ?? DEFAULT_ACTIONS[reply.kind] ?? [];
}

const DEFAULT_ACTIONS: Partial<Record<Reply['kind'], ReplyAction[]>> = {
  answer: [
    { id: 'feedback', label: '👍 Helpful', value: 'up' },
    { id: 'feedback', label: '👎 Not helpful', value: 'down' },
  ],
  proposal: [
    { id: 'proposal.confirm', label: 'Confirm', style: 'primary' },
    { id: 'proposal.edit', label: 'Edit', opensForm: true },
    { id: 'proposal.cancel', label: 'Cancel', style: 'danger' },
  ],
};
