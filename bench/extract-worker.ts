/**
 * One extraction measurement in its own process (so peak memory is its own):
 *   tsx bench/extract-worker.ts ENGINE MEGABYTES [synthetic|real]
 * ENGINE: tarikh-ar (date mentions), tarikh-whole (the whole build step, as --jsonl: mentions,
 * events, the JSON line), chrono-en (chrono-node's English parser, on English text), chrono-ar
 * (chrono-node's shipped Arabic locale). The synthetic corpus is bench/corpus.ts's (Arabic, or
 * English for chrono-en); the real one the bundled and held-out articles repeated to size (English
 * ones only for chrono-en).
 * Prints {"engine","corpus","bytes","ms","maxRssMb","mentions","events"}.
 */
import * as chrono from 'chrono-node';
import { makeCorpus, realCorpus, type CorpusArticle } from './corpus.ts';
import { findDateMentions } from '../src/extract/dates/index.ts';
import { extractLine } from './pipeline.ts';

const [engine = 'tarikh-ar', megabytes = '1', corpus = 'synthetic'] = process.argv.slice(2);
const english = engine.endsWith('-en');
const bytesWanted = Number(megabytes) * 1024 * 1024;
const articles: CorpusArticle[] =
  corpus === 'real'
    ? await realCorpus(bytesWanted, english ? 'en' : undefined)
    : makeCorpus(english ? 'en' : 'ar', bytesWanted, Number(megabytes) * 7919).map((text, i) => ({ id: `synthetic-${i}`, text, ref: '2025-04-10', language: english ? 'en' : 'ar' }));
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article.text), 0);
const refDate = new Date(Date.UTC(2025, 3, 10, 12));

let events = 0;
const parse: (article: CorpusArticle) => number =
  engine === 'tarikh-ar'
    ? (article) => findDateMentions(article.text, { ref: article.ref, language: article.language }).length
    : engine === 'tarikh-whole'
      ? (article) => {
          const line = extractLine(article.id, article.text, article.ref);
          events += line.events;
          return line.mentions;
        }
      : engine === 'chrono-en'
        ? (article) => chrono.en.casual.parse(article.text, refDate).length
        : (article) => chrono.ar.casual.parse(article.text, refDate).length;

// Warm up on the first article: indexes built, the patterns it needs compiled.
parse(articles[0]!);
events = 0;
const started = process.hrtime.bigint();
let mentions = 0;
for (const article of articles) mentions += parse(article);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ engine, corpus, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, mentions, events }) + '\n');
