/**
 * The scaling section of `npm run bench` (loaded by bench/run.ts): work that should grow
 * linearly with its input (the date engine and the gazetteer on long and hostile texts, the
 * timeline layout on many events), timed at a small and a large size. Each row reports the time
 * per unit of input at both sizes and their ratio: 1.00 is linear, below 1 the fixed costs
 * spreading out, 2.00 twice the time per character at the large size (backtracking, a loop in a
 * loop). Reported, not judged: the unit tests check what these inputs give, this what they cost.
 *
 * Environment: TARIKH_BENCH_SCALING_KCHARS (default 64,1024: text sizes in thousands of
 * characters), TARIKH_BENCH_SCALING_EVENTS (default 5000,50000), TARIKH_BENCH_SCALING_RUNS
 * (samples per size, default 5 or TARIKH_BENCH_RUNS when more).
 * Run alone: `tsx bench/scaling.ts` (prints the section).
 */
import { resolve } from 'node:path';
import { findDateMentions } from '../src/extract/dates/index.ts';
import { classifyEventAll, findActors, findPlaces } from '../src/extract/gazetteer/index.ts';
import {
  LONG_RUN_PIECES,
  NAMES_UNIT,
  STUTTERED_DATE,
  dateNoise,
  longRunThenDate,
  repeatUnit,
} from '../src/extract/fixtures/hostile.ts';
import { denseDocument } from '../src/events/fixtures/dense.ts';
import type { TimelineEvent } from '../src/events/index.ts';
import { layoutTimeline, type LayoutOptions } from '../src/timeline/model/layout.ts';
import { timeDocument, viewEventsOf } from '../src/timeline/model/viewEvents.ts';

const sizes = (variable: string, fallback: string) => {
  const [small, large] = (process.env[variable] ?? fallback).split(',').map(Number) as [number, number];
  if (!(small > 0 && large > small)) throw new Error(`${variable}: two sizes, small then large (got ${process.env[variable]})`);
  return [small, large] as const;
};
const [SMALL_KCHARS, LARGE_KCHARS] = sizes('TARIKH_BENCH_SCALING_KCHARS', '64,1024');
const [SMALL_EVENTS, LARGE_EVENTS] = sizes('TARIKH_BENCH_SCALING_EVENTS', '5000,50000');
/** Short and noisy, like the extraction runs: at least five samples. */
const RUNS = Number(process.env.TARIKH_BENCH_SCALING_RUNS ?? Math.max(Number(process.env.TARIKH_BENCH_RUNS ?? 3), 5));
/** A call shorter than this is repeated within one sample: a millisecond is too short to time alone. */
const MIN_SAMPLE_MS = 100;

interface Case {
  work: string;
  /** What the sizes count. */
  unit: 'characters' | 'events';
  small: number;
  large: number;
  /** The work on an input of size n (characters or events); prepared once, outside the timing. */
  prepare: (n: number) => () => unknown;
}

const ref = '2025-04-10';
const text = (work: string, make: (length: number) => string, run: (text: string) => unknown): Case => ({
  work,
  unit: 'characters',
  small: SMALL_KCHARS * 1000,
  large: LARGE_KCHARS * 1000,
  prepare: (n) => {
    const input = make(n);
    return () => run(input);
  },
});

const layoutOptions: LayoutOptions = { width: 1200, maxLanes: 8, clusterPx: 6, gap: 8, markPx: 12, overscanPx: 60, labelWidth: () => 110, clusterLabelWidth: () => 50 };
const fmt = { lang: 'ar', monthSystem: 'levantine', numbering: 'arab' } as const;
const layout = (work: string, fromIndex: boolean): Case => ({
  work,
  unit: 'events',
  small: SMALL_EVENTS,
  large: LARGE_EVENTS,
  prepare: (n) => {
    const events = denseDocument(n).events as unknown as TimelineEvent[];
    const shown = viewEventsOf(timeDocument(events), () => true, fmt);
    const view = shown.extent!;
    return fromIndex ? () => layoutTimeline(shown.index, view, layoutOptions) : () => layoutTimeline(shown.list, view, layoutOptions);
  },
});

const CASES: Case[] = [
  text('dates: digits, month names, spaces and marks run together', dateNoise, (t) => findDateMentions(t, { ref })),
  text('dates: a stuttered date, repeated', (n) => repeatUnit(STUTTERED_DATE, n), (t) => findDateMentions(t, { ref })),
  ...LONG_RUN_PIECES.map((piece) =>
    text(`dates: a run of ${JSON.stringify(piece).replace(/[\u200f]/g, '\\u200f')}, then a date`, (n) => longRunThenDate(piece, n), (t) => findDateMentions(t, { ref })),
  ),
  text('places: names, actors and cues, repeated', (n) => repeatUnit(NAMES_UNIT, n), findPlaces),
  text('actors: the same text', (n) => repeatUnit(NAMES_UNIT, n), findActors),
  text('event cues: the same text', (n) => repeatUnit(NAMES_UNIT, n), classifyEventAll),
  layout('timeline layout of every event, from the list (index built)', false),
  layout('timeline layout of every event, from the index', true),
];

/**
 * The process's CPU time in ms (user + system, every thread: V8's garbage collector and compiler
 * threads included). Wall time on a shared machine also counts the time other jobs held the CPU.
 */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** CPU milliseconds per call in one sample: as many calls as fill MIN_SAMPLE_MS. */
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

/**
 * Both sizes sampled in turn, RUNS times, so that the machine's load falls on both alike; each
 * size's fastest sample is kept: the work is deterministic, so the fastest is the least disturbed.
 */
function timeBoth(small: () => unknown, large: () => unknown): [number, number] {
  sample(small); // warm up: compile the patterns, build the indexes, let V8 optimize the code
  sample(large);
  let [bestSmall, bestLarge] = [Infinity, Infinity];
  for (let r = 0; r < RUNS; r++) {
    bestSmall = Math.min(bestSmall, sample(small));
    bestLarge = Math.min(bestLarge, sample(large));
  }
  return [bestSmall, bestLarge];
}

const fmtMs = (ms: number) => (ms >= 10 ? ms.toFixed(1) : ms >= 0.1 ? ms.toFixed(2) : ms >= 0.01 ? ms.toFixed(3) : ms.toFixed(4));

export async function scalingSection(): Promise<string[]> {
  const rows: string[] = [];
  for (const c of CASES) {
    const [small, large] = timeBoth(c.prepare(c.small), c.prepare(c.large));
    const perSmall = small / (c.small / 1000);
    const perLarge = large / (c.large / 1000);
    const ratio = perLarge / perSmall;
    process.stderr.write(`scaling ${c.work}: ${ratio.toFixed(2)}×\n`);
    const size = (n: number) => `${n.toLocaleString('en-US')} ${c.unit}`;
    rows.push(`| ${c.work} | ${size(c.small)} | ${fmtMs(perSmall)} | ${size(c.large)} | ${fmtMs(perLarge)} | ${ratio.toFixed(2)}× |`);
  }
  return [
    '## Scaling',
    '',
    `Work that should grow linearly with its input, timed at a small and a large size in one process, after a warm-up: the fastest of ${RUNS} samples of at least ${MIN_SAMPLE_MS} ms of the process's CPU time at each size, the two sizes in turn. ` +
      'CPU times (garbage collection included) are per 1,000 characters of text or 1,000 events; the ratio is the time per 1,000 at the large size over that at the small one: 1.00 is linear, below 1 fixed costs spreading out, 2.00 twice the time per character (or event) at the large size. ' +
      'Inputs: `src/extract/fixtures/hostile.ts` (the unit tests check what they give) and `src/events/fixtures/dense.ts`.',
    '',
    '| work | small | CPU ms per 1,000 | large | CPU ms per 1,000 | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ];
}

// Run alone: tsx bench/scaling.ts
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/scaling.ts')) {
  process.stdout.write((await scalingSection()).join('\n') + '\n');
}
