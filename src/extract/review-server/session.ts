/**
 * A review session: the last extraction of the articles, the corrections file as it is on
 * disk, and what the review page shows (the extraction with the corrections applied).
 *
 * An edit does not extract again: the operation is applied to the file as it is on disk at
 * that moment (so two tabs editing at once lose neither change), and the corrections are
 * applied again to the extraction kept in memory. Only a change of the articles extracts
 * again. After every change the published document is written to the events file, as
 * `npm run extract` would write it. A corrections file that cannot be used is reported with
 * its problems and never written over: nothing is published and no operation is accepted
 * until it is fixed.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Correction, CorrectionOperation } from '../../events/corrections.ts';
import type { ReviewState } from '../../events/review-api.ts';
import type { Names } from '../../events/schema.ts';
import { extractFiles, listArticleFiles, writeFileAtomic, type CorpusResult } from '../corpus.ts';
import { applyOperationsToFile, CorrectionsFileError, readCorrectionsFile } from '../corrections-file.ts';
import { serializeAs } from '../exports/index.ts';
import { glossaryOf } from '../gazetteer/index.ts';
import { publish } from '../publish.ts';

export interface ReviewSessionOptions {
  articlesDir: string;
  eventsFile: string;
  correctionsFile: string;
  /** Written as `by` in new corrections. */
  reviewer?: string | null;
}

type Derived = Omit<ReviewState, 'instance' | 'version' | 'reviewer' | 'files' | 'extraction' | 'extractionError'>;

const EMPTY: Derived = {
  correctionsError: null,
  document: null,
  hidden: [],
  hiddenNames: {},
  orphans: [],
  applied: [],
  approved: [],
  corrections: [],
  progress: { reviewed: 0, total: 0 },
};

export class ReviewSession {
  readonly options: ReviewSessionOptions;
  readonly #instance = randomUUID();
  #version = 0;
  #extraction: CorpusResult | null = null;
  #extractedAt = '';
  #extractionError: string | null = null;
  /** The corrections file's text when it was last read (null: no file), to tell a real change from our own write. */
  #correctionsText: string | null | undefined = undefined;
  #corrections: Correction[] = [];
  #correctionsError: ReviewState['correctionsError'] = null;
  #derived: Derived = EMPTY;
  #lastWritten: string | null = null;
  #listeners = new Set<(version: number) => void>();

  constructor(options: ReviewSessionOptions) {
    this.options = options;
  }

  get version(): number {
    return this.#version;
  }

  /** Reads every article again (at start, and when an article changed). */
  extract(): void {
    try {
      const files = listArticleFiles(this.options.articlesDir);
      if (files.length === 0) throw new Error(`${this.options.articlesDir} holds no articles (.txt, .html)`);
      this.#extraction = extractFiles(files);
      this.#extractionError = null;
    } catch (error) {
      this.#extraction = null;
      this.#extractionError = (error as Error).message;
    }
    this.#extractedAt = new Date().toISOString();
    this.#readCorrections();
    this.#recompute();
  }

  /** Reads the corrections file again; true when it changed (by someone else, or by hand) and the state with it. */
  reloadCorrections(): boolean {
    if (!this.#readCorrections()) return false;
    this.#recompute();
    return true;
  }

  /**
   * Applies operations to the corrections file as it is now and the corrections again to the
   * last extraction; returns what undoes them. Throws CorrectionsFileError (the file is
   * broken, or a record is refused), having written nothing.
   */
  apply(operations: readonly CorrectionOperation[]): CorrectionOperation[] {
    if (this.#correctionsError) this.#readCorrections(); // fixed since? else the error below
    if (this.#correctionsError) throw new CorrectionsFileError(this.#correctionsError.file, this.#correctionsError.problems);
    const undo = applyOperationsToFile(this.options.correctionsFile, operations, { foldEdits: true });
    if (this.#readCorrections()) this.#recompute();
    return undo;
  }

  state(): ReviewState {
    const extraction = this.#extraction;
    return {
      instance: this.#instance,
      version: this.#version,
      reviewer: this.options.reviewer ?? null,
      files: { articles: this.options.articlesDir, events: this.options.eventsFile, corrections: this.options.correctionsFile },
      extraction: extraction
        ? {
            articles: extraction.document.articles.length,
            events: extraction.document.events.length,
            warnings: extraction.warnings.map((warning) => (warning.article ? `${warning.article}: ` : '') + warning.message),
            errors: extraction.errors,
            at: this.#extractedAt,
          }
        : null,
      extractionError: this.#extractionError,
      ...this.#derived,
    };
  }

  /** Called with the new version after every change. */
  subscribe(listener: (version: number) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Reads the file when its text changed since the last read; true when it did. */
  #readCorrections(): boolean {
    const file = this.options.correctionsFile;
    let text: string | null;
    try {
      text = existsSync(file) ? readFileSync(file, 'utf8') : null;
    } catch (error) {
      text = `\u0000unreadable: ${(error as Error).message}`;
    }
    if (text === this.#correctionsText) return false;
    this.#correctionsText = text;
    try {
      this.#corrections = readCorrectionsFile(file, { missing: 'empty' });
      this.#correctionsError = null;
    } catch (error) {
      if (!(error instanceof CorrectionsFileError)) throw error;
      this.#corrections = [];
      this.#correctionsError = { file: error.file, problems: error.problems };
    }
    return true;
  }

  #recompute(): void {
    const extraction = this.#extraction;
    if (!extraction || this.#correctionsError) {
      this.#derived = { ...EMPTY, correctionsError: this.#correctionsError };
    } else {
      // As the CLI publishes: no corrections, the extraction as it is.
      const { document, corrected } = publish(extraction, this.#corrections.length ? this.#corrections : null, { file: this.options.correctionsFile });
      const hidden = corrected?.hidden ?? [];
      const approved = corrected?.approved ?? [];
      const hiddenNames: Names = glossaryOf(hidden.map((entry) => entry.event));
      // Two hide corrections of one event hide one event.
      const hiddenCount = new Set(hidden.map((entry) => entry.event.id)).size;
      this.#derived = {
        correctionsError: null,
        document,
        hidden,
        hiddenNames,
        orphans: corrected?.orphans ?? [],
        applied: corrected?.applied ?? [],
        approved,
        corrections: this.#corrections,
        progress: { reviewed: approved.length + hiddenCount, total: document.events.length + hiddenCount },
      };
      this.#publish(serializeAs('json', document));
    }
    this.#version++;
    for (const listener of this.#listeners) listener(this.#version);
  }

  /** The events file as `npm run extract` writes it; untouched when nothing in it changed. */
  #publish(text: string): void {
    if (text === this.#lastWritten) return;
    writeFileAtomic(this.options.eventsFile, text);
    this.#lastWritten = text;
  }
}
