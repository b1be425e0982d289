/**
 * The adversarial section of `npm run bench` (loaded by bench/run.ts): the whole build step (what
 * `--jsonl` does for a line: mentions, events, the JSON written) on texts made of copies of
 * mention-like fragments that fast-check generates (src/extract/fixtures/hostile.ts: chains of
 * day-month dates, weekdays, ranges, Hijri dates with الموافق, numeric dates, openers, English dates
 * and ranges), at a small and a large size (64 KB and 1 MB of UTF-8 by default), each as one
 * paragraph (no line break at all) and as paragraphs of about 1,000 characters.
 *
 * Reported per text: CPU seconds per MB at both sizes, their ratio (1.00: linear; the issue's
 * bound is 2.00) and the exponent of the growth (log of the time ratio over log of the size ratio:
 * 1 linear, 2 quadratic); then the worst text and the slowest megabyte (bound: 5 s).
 *
 * Environment: TARIKH_BENCH_ADVERSARIAL_KB (default 64,1024), TARIKH_BENCH_ADVERSARIAL_SAMPLES
 * (texts per family, default 2), TARIKH_BENCH_ADVERSARIAL_RUNS (samples per size, default 3).
 * Run alone: `tsx bench/adversarial.ts`.
 */
import { resolve } from 'node:path';
import { adversarialText, adversarialUnits } from '../src/extract/fixtures/hostile.ts';
import { extractLine } from './pipeline.ts';

const [SMALL_KB, LARGE_KB] = (process.env.TARIKH_BENCH_ADVERSARIAL_KB ?? '64,1024').split(',').map(Number) as [number, number];
const SAMPLES = Number(process.env.TARIKH_BENCH_ADVERSARIAL_SAMPLES ?? 2);
const RUNS = Number(process.env.TARIKH_BENCH_ADVERSARIAL_RUNS ?? 3);
/** A call shorter than this is repeated within one sample. */
const MIN_SAMPLE_MS = 100;
/** Paragraph length of the texts with line breaks, in characters. */
const LINE_EVERY = 1000;
const REF = '2025-04-10';
/** The issue's bounds: time per byte at the large size at most twice that at the small one; a megabyte in under 5 s. */
const MAX_RATIO = 2;
const MAX_SECONDS_PER_MB = 5;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call in one sample (calls repeated to fill MIN_SAMPLE_MS). */
function sample(run: () => unknown): number {
  let calls = 0;
  const started = cpuMs();
  let elapsed = 0;
  do {
    run();
    calls++;
    elapsed = cpuMs() - started;
  } while (elapsed < MIN_SAMPLE_MS);
  return elapsed / calls;
}

interface Row {
  family: string;
  unit: string;
  lines: boolean;
  smallSecondsPerMb: number;
  largeSecondsPerMb: number;
  ratio: number;
  exponent: number;
}

const show = (unit: string) => {
  const short = unit.length > 44 ? `${unit.slice(0, 44)}…` : unit;
  return '`' + JSON.stringify(short).slice(1, -1).replace(/`/g, "'").replace(/\|/g, '\\|') + '`';
};

export async function adversarialSection(): Promise<string[]> {
  const rows: Row[] = [];
  // Warm up once on a plain sentence in each language: indexes built, code optimized.
  extractLine('warm-ar', 'التقى وزير الخارجية نظيره في دمشق يوم 3 آذار 2025، وبحثا العلاقات.', REF, 'ar');
  extractLine('warm-en', 'The foreign minister met his counterpart in Damascus on March 3, 2025.', REF, 'en');
  for (const { family, language, unit } of adversarialUnits(SAMPLES)) {
    for (const lines of [false, true]) {
      const texts = [SMALL_KB, LARGE_KB].map((kb) => adversarialText(unit, kb * 1024, lines ? LINE_EVERY : undefined));
      const bytes = texts.map((text) => Buffer.byteLength(text));
      const runs = texts.map((text, i) => () => extractLine(`adversarial-${i}`, text, REF, language));
      runs[0]!(); // this text's patterns compiled, its code paths warm
      let [small, large] = [Infinity, Infinity];
      for (let r = 0; r < RUNS; r++) {
        small = Math.min(small, sample(runs[0]!));
        large = Math.min(large, sample(runs[1]!));
      }
      const perByte = [small / bytes[0]!, large / bytes[1]!];
      const ratio = perByte[1]! / perByte[0]!;
      const exponent = Math.log(large / small) / Math.log(bytes[1]! / bytes[0]!);
      const row: Row = {
        family,
        unit,
        lines,
        smallSecondsPerMb: (perByte[0]! * 1048576) / 1000,
        largeSecondsPerMb: (perByte[1]! * 1048576) / 1000,
        ratio,
        exponent,
      };
      rows.push(row);
      process.stderr.write(`adversarial ${family} (${lines ? 'lines' : 'one paragraph'}): ${row.largeSecondsPerMb.toFixed(2)} s/MB, ratio ${ratio.toFixed(2)}\n`);
    }
  }
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const slowest = rows.reduce((a, b) => (b.largeSecondsPerMb > a.largeSecondsPerMb ? b : a));
  const describe = (row: Row) => `${row.family}, ${show(row.unit)}, ${row.lines ? `paragraphs of about ${LINE_EVERY.toLocaleString('en-US')} characters` : 'one paragraph'}`;
  return [
    '## Adversarial texts: the whole build step',
    '',
    `What \`npm run extract -- --jsonl\` does for one line (date mentions, events, the JSON line: \`bench/pipeline.ts\`) on texts made of copies of one unit of mention-like fragments, generated by fast-check (\`adversarialUnits\` in \`src/extract/fixtures/hostile.ts\`, ${SAMPLES} per family, fixed seeds), ` +
      `at ${SMALL_KB} KB and ${LARGE_KB.toLocaleString('en-US')} KB of UTF-8, each as one paragraph (no line break at all) and as paragraphs of about ${LINE_EVERY.toLocaleString('en-US')} characters. ` +
      `CPU time of this process (garbage collection included), the fastest of ${RUNS} samples per size after a warm-up. ` +
      'The ratio is the time per byte at the large size over that at the small one (1.00 linear; bound 2.00); the exponent is log(time ratio) / log(size ratio) (1 linear, 2 quadratic).',
    '',
    `| family | unit (repeated) | layout | CPU s per MB at ${SMALL_KB} KB | CPU s per MB at ${LARGE_KB.toLocaleString('en-US')} KB | ratio | exponent |`,
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (row) =>
        `| ${row.family} | ${show(row.unit)} | ${row.lines ? 'paragraphs' : 'one paragraph'} | ${row.smallSecondsPerMb.toFixed(2)} | ${row.largeSecondsPerMb.toFixed(2)} | ${row.ratio.toFixed(2)}× | ${row.exponent.toFixed(2)} |`,
    ),
    '',
    `Worst growth: ${describe(worst)}: ratio ${worst.ratio.toFixed(2)}×, exponent ${worst.exponent.toFixed(2)}.`,
    `Slowest megabyte: ${describe(slowest)}: ${slowest.largeSecondsPerMb.toFixed(2)} s per MB.`,
    '',
    worst.ratio <= MAX_RATIO && slowest.largeSecondsPerMb < MAX_SECONDS_PER_MB
      ? `Targets met: time per byte at ${LARGE_KB.toLocaleString('en-US')} KB at most ${MAX_RATIO}× that at ${SMALL_KB} KB for every text (worst ${worst.ratio.toFixed(2)}×), every adversarial megabyte under ${MAX_SECONDS_PER_MB} s (slowest ${slowest.largeSecondsPerMb.toFixed(2)} s).`
      : `**Target missed**: worst ratio ${worst.ratio.toFixed(2)}× (bound ${MAX_RATIO}×), slowest megabyte ${slowest.largeSecondsPerMb.toFixed(2)} s (bound ${MAX_SECONDS_PER_MB} s).`,
  ];
}

// Run alone: tsx bench/adversarial.ts
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/adversarial.ts')) {
  process.stdout.write((await adversarialSection()).join('\n') + '\n');
}
