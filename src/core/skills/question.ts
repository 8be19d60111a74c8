// Checks a question before it reaches the index: what was wrong and what to do, never a crash.
import { badInput, LiaisonError } from '../errors.js';

export const MAX_QUESTION_CHARS = 2_000;

// C0 and C1 controls except tab and newline, plus DEL.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export interface CheckedQuestion {
  text: string;
  /** Set when something was removed, so the reply can say so. */
  note?: string;
}

export function checkQuestion(raw: string): CheckedQuestion {
  const controls = raw.match(CONTROL)?.length ?? 0;
  const text = raw.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  if (!text) {
    throw badInput(
      controls
        ? 'That question held only control characters, so there was nothing to look up. Type your question as plain text.'
        : 'The question was empty. Ask something like: "Who do I call about VR services?"',
    );
  }
  if (text.length > MAX_QUESTION_CHARS) {
    throw new LiaisonError(
      'too_large',
      `That question is ${text.length.toLocaleString('en-US')} characters; questions can be up to ${MAX_QUESTION_CHARS.toLocaleString('en-US')}. Ask one thing at a time, in a sentence or two. To log meeting notes, use the notes command instead.`,
    );
  }
  return controls ? { text, note: `I removed ${controls} control character${controls === 1 ? '' : 's'} from the question.` } : { text };
}
