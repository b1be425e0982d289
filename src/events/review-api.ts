/**
 * The review server's API (`npm run review`), shared by the server (src/extract/review-server/)
 * and the review page (src/review/): what the page reads and sends. Types and paths only.
 *
 *   GET  /api/review/state         ReviewState
 *   POST /api/review/operations    { operations: CorrectionOperation[] } → OperationsResult
 *   GET  /api/review/changes       server-sent events: `version` (data: the state's version) on every change
 *   POST /api/review/date          { text, ref?, language? } → TypedDate (a typed date read by the date engine)
 *   GET  /api/review/places?q=     PlaceSuggestion[]
 *   GET  /api/review/actors        ActorSuggestion[]
 */
import type { AppliedCorrection, HiddenEvent, Orphan } from './apply-corrections.ts';
import type { Correction, CorrectionOperation } from './corrections.ts';
import type { EdtfProblem } from './edtf.ts';
import type { EventsDocument, Names, Precision } from './schema.ts';

export const REVIEW_API = '/api/review';

export interface ReviewState {
  /** Which run of the server this is (versions start again when it restarts). */
  instance: string;
  /** Goes up by one on every change (an edit, a re-extraction, the file changed on disk). */
  version: number;
  /** Who the server writes as the author of new corrections (`--by`), or null. */
  reviewer: string | null;
  files: { articles: string; events: string; corrections: string };
  /** The last extraction: null while the first one runs, or when it failed (`extractionError`). */
  extraction: { articles: number; events: number; warnings: string[]; errors: string[]; at: string } | null;
  extractionError: string | null;
  /**
   * The corrections file cannot be used (broken JSON, a field the contract refuses): its
   * problems, each naming the place and field. Nothing is shown corrected and nothing is
   * written until it is fixed; the server reads it again when it changes.
   */
  correctionsError: { file: string; problems: string[] } | null;
  /** The published document: the extraction with the corrections applied (hidden events out). Null with an error. */
  document: EventsDocument | null;
  /** Events hidden by a correction, as they would be published otherwise. */
  hidden: HiddenEvent[];
  /** Names in both languages of the hidden events' places and actors. */
  hiddenNames: Names;
  orphans: Orphan[];
  applied: AppliedCorrection[];
  /** ids of approved events (in `document`). */
  approved: string[];
  /** The corrections file's records, in its order. */
  corrections: Correction[];
  /** Reviewed: approved or hidden; of every event, shown or hidden. */
  progress: { reviewed: number; total: number };
}

export interface OperationsRequest {
  operations: CorrectionOperation[];
}

export interface OperationsResult {
  /** The operations that undo the request, in the order to send them (empty: nothing changed). */
  undo: CorrectionOperation[];
  state: ReviewState;
}

export interface ApiError {
  error: string;
  /** The corrections file's problems when it is what failed. */
  problems?: string[];
  file?: string;
}

export interface DateRequest {
  text: string;
  /** YYYY-MM-DD: what relative dates and missing years are read against (the article's publication date). */
  ref?: string | null;
  language?: 'ar' | 'en';
}

/** Why a typed date is refused (src/extract/dates/typed-date.ts reads it), for the form to say in its language. */
export type TypedDateProblem =
  | { code: 'empty' }
  /** Nothing in the text reads as a date. */
  | { code: 'no-date' }
  /** More than one date: which one is meant cannot be told. */
  | { code: 'several'; found: string[] }
  /** A date whose year (or more) cannot be known: no reference date to take it from. */
  | { code: 'unknown-year'; found: string }
  /** A day the month does not have (`31 شباط`); year null when the text gives none. */
  | { code: 'day'; day: number; month: number; year: number | null; days: number }
  /** Written as EDTF (digits and dashes) and refused by the contract's reader. */
  | { code: 'edtf'; problem: EdtfProblem; error: string };

export type TypedDate =
  | { ok: true; edtf: string; start: string; end: string; precision: Precision; approximate: boolean; found: string }
  | { ok: false; problem: TypedDateProblem };

export interface PlaceSuggestion {
  en: string;
  ar: string;
  kind: string;
  country: string | null;
  coordinates: [number, number];
}

export interface ActorSuggestion {
  en: string;
  ar: string;
}
