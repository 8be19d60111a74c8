// What Liaison can do, in the words a teacher or coordinator would use. Commands are hints: each
// channel words them in its own idiom (a slash command, a typed word, a menu entry).
import { hint, hinted, joinHinted } from '../hints.js';
import type { Reply } from '../messages.js';

export function helpReply(dateConvention: string): Reply {
  const said = joinHinted(
    [
      '**What I can do**',
      hinted`- **Answer questions** about local agencies and eligibility: ask me, e.g. "who do I call about VR services?" (or ${hint('ask', '<question>')}). I cite my sources and tell you when I do not know.`,
      hinted`- **Log action items from meeting notes**: ${hint('notes')}, or paste the notes to me. I show you the items I found (owner, task, due date); nothing is logged until you confirm.`,
      hinted`- **Start a plan**: ${hint('create', '<label>')} creates a student's plan (label: initials or a local id, never a name) and links it here; ${hint('link', '<plan label>')} links this conversation to an existing plan, ${hint('unlink')} undoes it; ${hint('plans')} lists the plans you are on.`,
      hinted`- **Keep the plan**: ${hint('plan')} shows its open commitments, each with its number; ${hint('done', '<n>', '[outcome]')} closes one (outcomes: done, not-eligible, no-capacity, couldnt-contact, no-longer-needed); ${hint('snooze', '<n>', '[days]')} moves its date.`,
      hinted`- ${hint('followups', 'on')} lets me answer follow-up questions in my threads without a new mention (${hint('followups', 'off')} to stop).`,
      '',
      `**How I read dates**: ${dateConvention}`,
    ],
    '\n',
  );
  return { kind: 'info', audience: { kind: 'requester' }, text: said.text, hints: said.hints };
}
