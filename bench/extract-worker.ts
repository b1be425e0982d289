/**
 * One extraction measurement in its own process (so peak memory is its own):
 *   tsx bench/extract-worker.ts tarikh-ar|chrono-en|chrono-ar MEGABYTES
 * prints {"engine","bytes","ms","maxRssMb","mentions"}.
 */
import * as chrono from 'chrono-node';
import { makeCorpus } from './corpus.ts';
import { findDateMentions } from '../src/extract/dates/index.ts';

const [engine = 'tarikh-ar', megabytes = '1'] = process.argv.slice(2);
const language = engine.endsWith('-en') ? 'en' : 'ar';
const articles = makeCorpus(language, Number(megabytes) * 1024 * 1024, Number(megabytes) * 7919);
const bytes = articles.reduce((sum, article) => sum + Buffer.byteLength(article), 0);
const ref = new Date(Date.UTC(2025, 3, 10, 12));

const parse: (text: string) => number =
  engine === 'tarikh-ar' || engine === 'tarikh-en'
    ? (text) => findDateMentions(text, { ref: '2025-04-10', language }).length
    : engine === 'chrono-en'
      ? (text) => chrono.en.casual.parse(text, ref).length
      : (text) => chrono.ar.casual.parse(text, ref).length;

parse(articles[0]!); // warm up the regular expressions
const started = process.hrtime.bigint();
let mentions = 0;
for (const article of articles) mentions += parse(article);
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ engine, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, mentions }) + '\n');
