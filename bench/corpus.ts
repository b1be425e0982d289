/**
 * Synthetic corpora for the extraction benchmark: sentences varied at random (days, month
 * systems, places, verbs, relative phrases) around the bundled articles' own paragraphs,
 * so that no two paragraphs repeat and no cache can help.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AR_MONTHS = [
  ['كانون الثاني', 'يناير', 'جانفي'], ['شباط', 'فبراير', 'فيفري'], ['آذار', 'مارس', 'مارس'], ['نيسان', 'أبريل', 'أفريل'],
  ['أيار', 'مايو', 'ماي'], ['حزيران', 'يونيو', 'جوان'], ['تموز', 'يوليو', 'جويلية'], ['آب', 'أغسطس', 'أوت'],
  ['أيلول', 'سبتمبر', 'سبتمبر'], ['تشرين الأول', 'أكتوبر', 'أكتوبر'], ['تشرين الثاني', 'نوفمبر', 'نوفمبر'], ['كانون الأول', 'ديسمبر', 'ديسمبر'],
];
const AR_PLACES = ['دمشق', 'الرياض', 'القاهرة', 'بغداد', 'عمان', 'بيروت', 'اسطنبول', 'جنيف', 'موسكو', 'واشنطن', 'الدوحة', 'تونس', 'الرباط', 'الجزائر'];
const AR_SUBJECTS = ['وزير الخارجية', 'الرئيس', 'وفد حكومي', 'المبعوث الأممي', 'رئيس الوزراء', 'الناطق باسم الوزارة', 'وفدا البلدين'];
const AR_VERBS = ['التقى', 'زار', 'أعلن', 'وقع اتفاقاً في', 'عقد محادثات في', 'وصل إلى', 'اجتمع مع نظيره في'];
const AR_RELATIVE = ['أمس', 'اليوم', 'الأسبوع الماضي', 'الشهر المقبل', 'العام الماضي', 'يوم الأحد', 'أول أمس', 'قبل يومين'];
const AR_FILLER = 'وبحث الجانبان العلاقات الثنائية وسبل تعزيز التعاون في مختلف المجالات والتطورات الإقليمية والدولية ذات الاهتمام المشترك';

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const EN_PLACES = ['Damascus', 'Riyadh', 'Cairo', 'Baghdad', 'Amman', 'Beirut', 'Istanbul', 'Geneva', 'Moscow', 'Washington', 'Doha', 'Tunis'];
const EN_SUBJECTS = ['The foreign minister', 'The president', 'A government delegation', 'The UN envoy', 'The prime minister', 'A ministry spokesman'];
const EN_VERBS = ['met officials in', 'visited', 'signed an agreement in', 'held talks in', 'arrived in', 'spoke by phone with leaders in'];
const EN_RELATIVE = ['yesterday', 'today', 'last week', 'next month', 'last year', 'on Sunday', 'two days ago'];
const EN_FILLER = 'and the two sides discussed bilateral relations, ways to strengthen cooperation in various fields and regional and international developments of common interest';

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function arabicSentence(next: () => number): string {
  const month = pick(next, AR_MONTHS);
  const day = 1 + Math.floor(next() * 28);
  const year = 1990 + Math.floor(next() * 35);
  const date = next() < 0.6 ? `في ${next() < 0.5 ? 'الـ' : ''}${day} من ${pick(next, month)} ${next() < 0.5 ? year : 'الماضي'}` : pick(next, AR_RELATIVE);
  return `${pick(next, AR_SUBJECTS)} ${pick(next, AR_VERBS)} ${pick(next, AR_PLACES)} ${date}، ${AR_FILLER} ${Math.floor(next() * 1e6)}.`;
}

function englishSentence(next: () => number): string {
  const date = next() < 0.6 ? `on ${pick(next, EN_MONTHS)} ${1 + Math.floor(next() * 28)}, ${1990 + Math.floor(next() * 35)}` : pick(next, EN_RELATIVE);
  return `${pick(next, EN_SUBJECTS)} ${pick(next, EN_VERBS)} ${pick(next, EN_PLACES)} ${date}, ${EN_FILLER} ${Math.floor(next() * 1e6)}.`;
}

function bundledParagraphs(): string[] {
  const folder = 'data/articles';
  return readdirSync(folder)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(join(folder, name), 'utf8').split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 40);
}

/** Articles of about 4 KB each, together about `bytes` bytes of UTF-8. */
export function makeCorpus(language: 'ar' | 'en', bytes: number, seed = 1): string[] {
  const next = random(seed);
  const real = language === 'ar' ? bundledParagraphs() : [];
  const articles: string[] = [];
  let total = 0;
  while (total < bytes) {
    const lines: string[] = [];
    let size = 0;
    while (size < 4096) {
      const line = real.length && next() < 0.2 ? `${pick(next, real)} ${Math.floor(next() * 1e6)}` : language === 'ar' ? arabicSentence(next) : englishSentence(next);
      lines.push(line);
      size += Buffer.byteLength(line) + 1;
    }
    articles.push(lines.join('\n'));
    total += size;
  }
  return articles;
}

export interface CorpusArticle {
  id: string;
  text: string;
  ref: string | null;
  language: 'ar' | 'en';
}

const REAL_FOLDERS = [
  'data/articles',
  'src/extract/fixtures/heldout',
  'src/extract/fixtures/heldout/validation',
  'src/extract/fixtures/heldout/places',
  'src/extract/fixtures/heldout/places/validation',
  'src/extract/fixtures/heldout/third',
  'src/extract/fixtures/story',
];

/**
 * Real news: the bundled and held-out fixture articles (text as the build step reads it, with
 * their metadata's publication date and language), repeated in turn until they make about
 * `bytes` bytes of UTF-8; `language` keeps only the articles in that language (English news for
 * chrono-node's English parser). Each copy has its own id.
 */
export async function realCorpus(bytes: number, language?: 'ar' | 'en'): Promise<CorpusArticle[]> {
  const { expandPaths } = await import('../src/extract/corpus.ts');
  const { readArticle, detectLanguage } = await import('../src/extract/article.ts');
  const originals = expandPaths(REAL_FOLDERS)
    .filter((file) => !/README\.md$/i.test(file))
    .map((file) => readArticle(file))
    .map((input) => ({ text: input.text, ref: input.metadata.published ?? null, language: input.metadata.language ?? detectLanguage(input.text) }))
    .filter((article) => !language || article.language === language);
  const articles: CorpusArticle[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const original = originals[i % originals.length]!;
    articles.push({ id: `real-${i}`, ...original });
    total += Buffer.byteLength(original.text);
  }
  return articles;
}
