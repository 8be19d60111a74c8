// What Liaison can do, in the words a teacher or coordinator would use.
import type { Reply } from '../messages.js';

export function helpReply(dateConvention: string): Reply {
  return {
    kind: 'info',
    audience: { kind: 'requester' },
    text: [
      '**What I can do**',
      '- **Answer questions** about local agencies and eligibility: mention me or DM me, e.g. "who do I call about VR services?" I cite my sources and tell you when I do not know.',
      '- **Log action items from meeting notes**: `/liaison notes`, or paste the notes to me. I show you the items I found (owner, task, due date); nothing is logged until you press Confirm.',
      '- **Keep the shared plan**: `/liaison link <plan>` links this channel to a student\'s plan; `/liaison plan` shows its open commitments; `/liaison done <n>` marks one done; `/liaison snooze <n> [days]` moves its date.',
      '- `/liaison followups on` lets me answer follow-up questions in my threads without a new mention (`off` to stop).',
      '',
      `**How I read dates**: ${dateConvention}`,
    ].join('\n'),
  };
}
