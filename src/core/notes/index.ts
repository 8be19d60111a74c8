// Action items from meeting notes: the public surface of core/notes.
export type { DueFlag, ExtractedItem, ExtractOptions, ExtractResult, Extractor, ExtractorDeps } from './types.js';
export { extractActions } from './rules.js';
export { createExtractor, FALLBACK_NOTE, type CreateExtractorOptions } from './extractor.js';
export { DATE_CONVENTION, resolveDate, statedMeetingDate, type DateContext, type ResolvedDate } from './dates.js';
export { redact, type Redacted } from '../privacy/redact.js';
export { handleOf, mentionFor, nameOfHandle, readMentions } from './mentions.js';
export { MAX_NOTES_BYTES, checkNotesSize } from './size.js';
export { matchItems, scoreF1, combineScores, taskSimilarity, sameOwners, type Score, type ScoredItem } from './score.js';
