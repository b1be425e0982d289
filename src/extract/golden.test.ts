/**
 * Golden outputs: every bundled and fixture article through the whole build step, compared
 * with the documents committed in fixtures/golden/. A refactor keeps them byte for byte; an
 * improvement of the extractor changes them on purpose (`npx vitest run golden -u`) and the
 * diff shows, event by event, what it changed.
 */
import { describe, expect, it } from 'vitest';
import { expandPaths, extractFiles } from './corpus.ts';
import { findDateMentions } from './dates/index.ts';

const SETS: Record<string, string[]> = {
  bundled: ['data/articles'],
  heldout: ['src/extract/fixtures/heldout'],
  validation: ['src/extract/fixtures/heldout/validation'],
  third: ['src/extract/fixtures/heldout/third'],
  places: ['src/extract/fixtures/heldout/places'],
  story: ['src/extract/fixtures/story'],
  'story-datelines': ['src/extract/fixtures/story-datelines'],
};

describe('golden outputs', () => {
  for (const [name, folders] of Object.entries(SETS)) {
    it(`${name}: the events document and every date mention`, async () => {
      const result = extractFiles(expandPaths(folders).filter((file) => !/README\.md$/i.test(file)), { keepMentions: true });
      expect(result.errors).toEqual([]);
      await expect(JSON.stringify(result.document, null, 1) + '\n').toMatchFileSnapshot(`fixtures/golden/${name}.events.json`);
      const mentions = result.extractions.map((extraction) => ({
        article: extraction.article.id,
        mentions: extraction.mentions.map(({ text, start, end, value }) => `${start}-${end} ${value} ${text}`),
      }));
      await expect(JSON.stringify(mentions, null, 1) + '\n').toMatchFileSnapshot(`fixtures/golden/${name}.mentions.json`);
      // Without a publication date nothing is taken from today: the same texts, no reference.
      const unanchored = result.extractions.map((extraction) => ({
        article: extraction.article.id,
        mentions: findDateMentions(extraction.article.paragraphs.join('\n'), { language: extraction.article.language }).map(
          ({ text, start, end, value }) => `${start}-${end} ${value} ${text}`,
        ),
      }));
      await expect(JSON.stringify(unanchored, null, 1) + '\n').toMatchFileSnapshot(`fixtures/golden/${name}.unanchored.json`);
    });
  }
});
