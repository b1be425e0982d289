/**
 * The corrections file on disk (`data/corrections.json` by default): read with errors that
 * name the file and the place, written atomically, and changed one record at a time by the
 * review UI's operations, each applied to the file as it is on disk at that moment (so two
 * tabs editing at once lose neither change) and answered with its inverse (so undo restores
 * the file byte for byte). A broken file is never written over: every change reads and
 * validates it first.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Correction, CorrectionOperation } from '../events/corrections.ts';
import { applyOperation, editRecord, serializeCorrections } from '../events/corrections-format.ts';
import { parseCorrections, validateCorrection } from '../events/corrections-validate.ts';
import { writeFileAtomic } from './atomic-write.ts';

export const DEFAULT_CORRECTIONS_FILE = 'data/corrections.json';

/** A corrections file that cannot be used; the message names the file and every problem. */
export class CorrectionsFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.length === 1 ? problems[0] : '\n  ' + problems.join('\n  ')}`);
  }
}

/**
 * The corrections in a file. A file that does not exist holds none when `missing: 'empty'`
 * (the default run's `data/corrections.json` before anyone reviewed anything), and is an
 * error otherwise (a path someone named on purpose).
 */
export function readCorrectionsFile(file: string, options: { missing?: 'empty' | 'error' } = {}): Correction[] {
  if (!existsSync(file)) {
    if (options.missing === 'empty') return [];
    throw new CorrectionsFileError(file, ['the corrections file does not exist']);
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CorrectionsFileError(file, [`cannot be read: ${(error as Error).message}`]);
  }
  const parsed = parseCorrections(text);
  if (!parsed.ok) throw new CorrectionsFileError(file, parsed.errors);
  return parsed.corrections;
}

/** Writes the corrections in the file's stable form (sorted, one per line), atomically. */
export function writeCorrectionsFile(file: string, corrections: readonly Correction[]): void {
  writeFileAtomic(file, serializeCorrections(corrections));
}

/**
 * Applies one operation to the file as it is now and returns the operation that undoes it
 * (null when it changed nothing). A record to put is validated first; a file that does not
 * exist yet starts empty; a broken file is an error and stays as it is.
 */
export function applyOperationToFile(file: string, operation: CorrectionOperation): CorrectionOperation | null {
  return applyOperationsToFile(file, [operation])[0] ?? null;
}

export interface BatchOptions {
  /**
   * A new edit record (an id the file does not have) joins the earlier edit of the same event by
   * the same person, as the file has it at this moment (editRecord): several edits of one event
   * by one reviewer stay one record, also when two tabs edit it at once.
   */
  foldEdits?: boolean;
}

/**
 * Applies operations to the file as it is now, in one read and one atomic write (all of them or
 * none: every record is validated before anything is written), and returns the operations
 * that undo them, in the order to apply them (empty when nothing changed).
 */
export function applyOperationsToFile(file: string, operations: readonly CorrectionOperation[], options: BatchOptions = {}): CorrectionOperation[] {
  const checked = operations.map((operation): CorrectionOperation => {
    if (operation.op !== 'put') return operation;
    const result = validateCorrection(operation.correction);
    if (!result.ok) throw new CorrectionsFileError(file, result.errors);
    return { op: 'put', correction: result.correction };
  });
  let corrections = readCorrectionsFile(file, { missing: 'empty' });
  const undo: CorrectionOperation[] = [];
  for (let operation of checked) {
    if (options.foldEdits && operation.op === 'put' && operation.correction.kind === 'edit') {
      const id = operation.correction.id;
      if (!corrections.some((correction) => correction.id === id)) operation = { op: 'put', correction: editRecord(corrections, operation.correction) };
    }
    const { corrections: next, inverse } = applyOperation(corrections, operation);
    corrections = next;
    if (inverse) undo.unshift(inverse);
  }
  if (undo.length) writeCorrectionsFile(file, corrections);
  return undo;
}

/** Adds a correction, or replaces the one with its id; returns the inverse. */
export function putCorrection(file: string, correction: Correction): CorrectionOperation {
  return applyOperationToFile(file, { op: 'put', correction }) as CorrectionOperation;
}

/** Removes the correction with this id; returns the inverse (null when there was none). */
export function removeCorrection(file: string, id: string): CorrectionOperation | null {
  return applyOperationToFile(file, { op: 'remove', id });
}
