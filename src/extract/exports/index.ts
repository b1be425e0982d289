import type { EventsDocument } from '../../events/schema.ts';
import { toCsv } from './csv.ts';
import { toIcs } from './ics.ts';
import { toTimelineJs } from './timelinejs.ts';

export const FORMATS = ['json', 'timelinejs', 'csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

/** The events document written in one of the export formats. */
export function serializeAs(format: Format, document: EventsDocument): string {
  switch (format) {
    case 'json':
      return JSON.stringify(document, null, 2) + '\n';
    case 'timelinejs':
      return JSON.stringify(toTimelineJs(document), null, 2) + '\n';
    case 'csv':
      return toCsv(document);
    case 'ics':
      return toIcs(document);
  }
}
