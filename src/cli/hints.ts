// Core's hints worded as `liaison` commands, for messages printed on the command line.
import type { Wording } from '../core/hints.js';

export const cliWording: Wording = (h) => {
  const [first] = h.args ?? [];
  const n = first && /^\d+$/.test(first) ? first : 'n';
  switch (h.action) {
    case 'create':
      return `liaison plan create ${first ?? 'LABEL'}`;
    case 'link':
      return `liaison plan link ${first && !first.startsWith('<') ? first : 'PLAN'} --platform slack|teams --channel ID`;
    case 'unlink':
      return 'liaison plan unlink PLAN --platform slack|teams --channel ID';
    case 'plan':
      return 'liaison plan show PLAN';
    case 'plans':
      return 'liaison plan list';
    case 'done':
      return `liaison plan done PLAN#${n}`;
    case 'snooze':
      return `liaison plan snooze PLAN#${n}`;
    case 'notes':
      return 'liaison plan log PLAN FILE';
    case 'ask':
      return 'liaison ask "QUESTION"';
    case 'followups':
      return `the chat command "followups ${first ?? 'on'}"`;
    case 'help':
      return 'liaison help';
  }
};
