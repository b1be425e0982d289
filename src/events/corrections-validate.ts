/**
 * The one validator of the corrections file, for the build step, the review server and
 * the review form. Every message names the correction (its index and id) and the field,
 * so a person can find it in the file; beyond the schema it checks what a schema cannot:
 * the format's major version, ids used twice, an added event with neither passage nor note,
 * the same event named twice in a merge.
 */
import * as v from 'valibot';
import { CORRECTIONS_FORMAT, CORRECTIONS_VERSION, CorrectionSchema, CorrectionsFileSchema, type Anchor, type Correction } from './corrections.ts';
import { findJsonSyntaxError } from './json-error.ts';

export type CorrectionsValidation = { ok: true; corrections: Correction[] } | { ok: false; errors: string[] };

const MAX_ERRORS = 20;

function keyPath(path: readonly unknown[]): string {
  let out = '';
  for (const item of path) {
    const key = (item as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  // strictObject reports a key it does not know as "expected never"
  if (issue.kind === 'schema' && issue.expected === 'never' && issue.type === 'strict_object') {
    return 'unknown field (a reader that does not know it would drop it on the next write)';
  }
  return issue.message;
}

/** "corrections[3] (id "c-12")": how a message names a correction. */
export function nameOfCorrection(index: number, value: unknown): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id ? `corrections[${index}] (id "${id}")` : `corrections[${index}]`;
}

/** Messages for one correction's issues, its fields named relative to the correction. */
function correctionIssues(issues: readonly v.BaseIssue<unknown>[], prefix: string, skip: number): string[] {
  const seen = new Set<string>();
  for (const issue of issues) {
    const field = keyPath((issue.path ?? []).slice(skip));
    seen.add(`${prefix}${field ? `: ${field}` : ''}: ${messageOf(issue)}`);
  }
  return [...seen];
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.article === b.article && a.paragraph === b.paragraph && a.text === b.text && a.before === b.before && a.after === b.after;
}

/** What the schema cannot say about one correction. */
function correctionRules(correction: Correction): string[] {
  const errors: string[] = [];
  if (correction.kind === 'add' && !correction.passage && !correction.note?.trim()) {
    errors.push('note: an event added without a passage needs a note (what it is and where it comes from)');
  }
  if (correction.kind === 'merge') {
    correction.targets.forEach((target, i) => {
      const earlier = correction.targets.findIndex((other) => sameAnchor(other, target));
      if (earlier < i) errors.push(`targets[${i}]: the same passage as targets[${earlier}]`);
    });
  }
  return errors;
}

/** One correction record (as the review UI puts it). */
export function validateCorrection(input: unknown): { ok: true; correction: Correction } | { ok: false; errors: string[] } {
  const parsed = v.safeParse(CorrectionSchema, input);
  const name = 'correction' + (typeof (input as { id?: unknown } | null)?.id === 'string' ? ` (id "${(input as { id: string }).id}")` : '');
  if (!parsed.success) return { ok: false, errors: correctionIssues(parsed.issues, name, 0).slice(0, MAX_ERRORS) };
  const errors = correctionRules(parsed.output).map((message) => `${name}: ${message}`);
  return errors.length ? { ok: false, errors } : { ok: true, correction: parsed.output };
}

/** A whole corrections file, already parsed from JSON. */
export function validateCorrections(input: unknown): CorrectionsValidation {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: ['the file is not a JSON object'] };
  }
  const record = input as Record<string, unknown>;
  if (record.format !== CORRECTIONS_FORMAT) {
    return { ok: false, errors: [`format: expected "${CORRECTIONS_FORMAT}", got ${JSON.stringify(record.format)}`] };
  }
  const major = CORRECTIONS_VERSION.split('.')[0];
  if (typeof record.version !== 'string' || record.version.split('.')[0] !== major) {
    return { ok: false, errors: [`version: this reader understands version ${major}.x, the file says ${JSON.stringify(record.version)}`] };
  }
  const parsed = v.safeParse(CorrectionsFileSchema, input);
  const errors: string[] = [];
  if (!parsed.success) {
    const items = Array.isArray(record.corrections) ? record.corrections : [];
    for (const issue of parsed.issues) {
      const path = issue.path ?? [];
      const index = (path[1] as { key?: unknown } | undefined)?.key;
      if ((path[0] as { key?: unknown } | undefined)?.key === 'corrections' && typeof index === 'number') {
        errors.push(...correctionIssues([issue], nameOfCorrection(index, items[index]), 2));
      } else {
        errors.push(`${keyPath(path) || '(file)'}: ${messageOf(issue)}`);
      }
    }
    return { ok: false, errors: dedupe(errors) };
  }
  const ids = new Map<string, number>();
  parsed.output.corrections.forEach((correction, i) => {
    const first = ids.get(correction.id);
    if (first !== undefined) errors.push(`${nameOfCorrection(i, correction)}: id: "${correction.id}" is also the id of corrections[${first}]`);
    else ids.set(correction.id, i);
    for (const message of correctionRules(correction)) errors.push(`${nameOfCorrection(i, correction)}: ${message}`);
  });
  if (errors.length) return { ok: false, errors: dedupe(errors) };
  return { ok: true, corrections: parsed.output.corrections };
}

function dedupe(errors: string[]): string[] {
  const unique = [...new Set(errors)];
  if (unique.length <= MAX_ERRORS) return unique;
  return [...unique.slice(0, MAX_ERRORS), `… and ${unique.length - MAX_ERRORS} more`];
}

/**
 * The text of a corrections file → its corrections, or messages that say where it is wrong:
 * line and column for broken JSON, the correction and field for the rest.
 */
export function parseCorrections(text: string): CorrectionsValidation {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const place = findJsonSyntaxError(body);
    if (!place) return { ok: false, errors: [`not valid JSON: ${(error as Error).message}`] };
    return { ok: false, errors: [`line ${place.line}, column ${place.column}: not valid JSON: ${place.message}`] };
  }
  return validateCorrections(value);
}
