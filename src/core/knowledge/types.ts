// Shapes shared by the knowledge pipeline: loaders -> documents -> chunks -> index -> hits.
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Vocabulary } from './folder-vocabulary.js';

/** Contact details carried by an HSDS service (or any source that knows them). */
export interface Contact {
  organization?: string;
  phones?: string[];
  email?: string;
  url?: string;
  hours?: string;
  address?: string;
}

/** Where a service is given: one HSDS location. */
export interface ServiceLocation {
  address?: string;
  city?: string;
  county?: string;
  state?: string;
  zip?: string;
  lat?: number;
  lon?: number;
}

/** Opening hours on some weekdays (0 = Monday), in minutes after midnight. */
export interface OpenHours {
  days: number[];
  opens: number;
  closes: number;
}

/**
 * The HSDS fields that decide whether a service fits a student (where, which ages, which languages,
 * what it costs, when it is open), kept as data beside the service's text so a directory question
 * can filter on them. Every field may be missing: HSDS exports fill what they have.
 */
export interface ServiceRecord {
  name: string;
  organization?: string;
  phones: string[];
  /** service_areas as written (often free text: "All of Maple County", "Pine Ridge and Oakdale"). */
  areas: string[];
  /** A service area's description beside its name ("Southwest Region": "Tamsen, Larch, Oxbow and 19 other counties"), read when the names cannot be. */
  areaNotes?: string[];
  locations: ServiceLocation[];
  minAge?: number;
  maxAge?: number;
  eligibility?: string;
  languages: string[];
  /** fees_description and cost_options, as written. */
  fees?: string;
  /** Every cost option's amount is 0, or the fees say "free" / "no cost". */
  free?: boolean;
  hours?: string;
  open: OpenHours[];
  /** assured_date, else last_modified (YYYY-MM-DD). */
  verified?: string;
  /** HSDS status when it is not "active" ("inactive", "defunct", "temporarily closed"): the service is not running. */
  status?: string;
}

/** One section of a loaded document: its heading path and plain text (paragraphs split by \n\n). */
export interface Section {
  headings: string[];
  text: string;
}

/** What a loader returns: one retrieval unit's worth of structured text. */
export interface KnowledgeDoc {
  /** Path relative to the ingested folder, POSIX separators; HSDS: `file.json#serviceId`. */
  source: string;
  title: string;
  format: 'md' | 'txt' | 'html' | 'pdf' | 'docx' | 'email' | 'hsds';
  sections: Section[];
  url?: string;
  contact?: Contact;
  /** HSDS service id. */
  serviceId?: string;
  /** HSDS fields a directory question filters on. */
  service?: ServiceRecord;
  /** Year(s) the document's figures apply to, when it says (e.g. "2026"); an email's sent date ("2025-08-18"). */
  asOf?: string;
}

export interface Chunk {
  /** Stable id: `${source}::${n}`. */
  id: string;
  source: string;
  title: string;
  headings: string[];
  text: string;
  /** sha256 of everything that affects the embedding (title, headings, text). */
  hash: string;
  url?: string;
  contact?: Contact;
  serviceId?: string;
  service?: ServiceRecord;
  asOf?: string;
}

export interface LoadProblem {
  source: string;
  reason: string;
}

export interface Hit {
  chunk: Chunk;
  /** Fused score in [0, 1], higher is better; comparable across queries (used for abstention). */
  score: number;
  bm25?: number;
  vector?: number;
}

/** LangChain's embeddings interface, plus what the index records to detect a model change. */
export interface Embedder extends EmbeddingsInterface {
  /** Identifies the model and settings; recorded in the index so a mismatch can be detected. */
  readonly id: string;
  readonly dimensions: number;
}

/**
 * An embedder that learns from the folder it indexes (the offline one learns which words the folder
 * uses together). Ingest fits it on the folder's passages and stores what it learned with the index;
 * the index embeds its questions with the same.
 */
export interface LearningEmbedder extends Embedder {
  learn(texts: readonly string[]): Vocabulary;
  withVocabulary(vocabulary: Vocabulary): Embedder;
}

export function learnsFromFolder(embedder: Embedder): embedder is LearningEmbedder {
  return typeof (embedder as Partial<LearningEmbedder>).learn === 'function' && typeof (embedder as Partial<LearningEmbedder>).withVocabulary === 'function';
}
