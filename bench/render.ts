/**
 * The rendering section of `npm run bench` (loaded by bench/run.ts): Tarikh against
 * vis-timeline and TimelineJS3 in headless Chromium, with the same events, in the same run.
 *
 *   first render   navigation start → marks in the DOM and a frame painted after them
 *   zoom / pan     requestAnimationFrame intervals during a scripted gesture (median, p95), and
 *                  each input frame's main-thread work (input handler → end of its rendering)
 *   bundle size    gzipped JS+CSS each library ships
 *
 * Environment: TARIKH_BENCH_RENDER_SIZES (default 100,1000,10000,50000), TARIKH_BENCH_RUNS
 * (default 3; TARIKH_BENCH_RENDER_RUNS overrides it here), TARIKH_BENCH_LIMIT_S (default 60:
 * the time limit for one first render), TARIKH_BENCH_GESTURE_LIMIT_S (default 15: a gesture
 * still running then is cut), CHROMIUM_PATH.
 * Run alone: `tsx bench/render.ts` (writes bench/results/render.md).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { barChartSvg, type Bar } from './chart.ts';
import { buildTarikh } from './render/build.ts';
import { startServer } from './render/server.ts';
import { documentsFor, type Library } from './render/data.ts';
import { runCase, PAN_STEPS, ZOOM_STEPS, type CaseResult, type Frames } from './render/measure.ts';
import { profileTarikh, type ProfileSummary } from './render/profile.ts';

const SIZES = (process.env.TARIKH_BENCH_RENDER_SIZES ?? '100,1000,10000,50000').split(',').map(Number);
const RUNS = Number(process.env.TARIKH_BENCH_RENDER_RUNS ?? process.env.TARIKH_BENCH_RUNS ?? 3);
const LIMIT_MS = Number(process.env.TARIKH_BENCH_LIMIT_S ?? 60) * 1000;
/** A gesture that takes longer is cut there (its frames so far are kept). */
const GESTURE_LIMIT_MS = Number(process.env.TARIKH_BENCH_GESTURE_LIMIT_S ?? 15) * 1000;
const LIBRARIES: Library[] = ['tarikh', 'vis', 'tljs'];
const NAME: Record<Library, string> = { tarikh: 'Tarikh', vis: 'vis-timeline', tljs: 'TimelineJS3' };
const FRAME_BUDGET_MS = 16.7;
const TARGET_SIZE = 10_000;
const OUT = 'bench/results';

const executablePath = process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launch = () =>
  chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-gpu', '--disable-quic', '--disable-background-networking'] });

const log = (line: string) => process.stderr.write(`render ${line}\n`);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;
}
const median = (values: number[]) => quantile(values, 0.5);
const fmtMs = (ms: number) => (Number.isNaN(ms) ? '–' : ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const fmtCount = (n: number) => n.toLocaleString('en-US');

interface FrameStats {
  intervalP50: number;
  intervalP95: number;
  workP50: number;
  workP95: number;
  frames: number;
  wallS: number;
  cut: boolean;
}

/** Per run: percentiles; across runs: the median of each. */
function frameStats(runs: Frames[]): FrameStats | null {
  const usable = runs.filter((run) => run.intervals.length > 0);
  if (!usable.length) return null;
  const each = (f: (run: Frames) => number) => median(usable.map(f));
  return {
    intervalP50: each((run) => quantile(run.intervals, 0.5)),
    intervalP95: each((run) => quantile(run.intervals, 0.95)),
    workP50: each((run) => quantile(run.work, 0.5)),
    workP95: each((run) => quantile(run.work, 0.95)),
    frames: each((run) => run.intervals.length),
    wallS: each((run) => run.wallMs / 1000),
    cut: usable.some((run) => run.cut),
  };
}

interface Cell {
  library: Library;
  count: number;
  runs: CaseResult[];
  /** Why there is no number: timed out, failed, or not attempted. */
  note?: string;
  firstRender?: number;
  afterData?: number;
  marks?: number;
  elements?: number;
  zoom?: FrameStats | null;
  pan?: FrameStats | null;
}

function gz(files: string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const body = readFileSync(file);
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

async function closeWithin(close: () => Promise<void>, ms: number): Promise<boolean> {
  return Promise.race([close().then(() => true, () => false), new Promise<boolean>((done) => setTimeout(() => done(false), ms))]);
}

export async function renderSection(): Promise<string[]> {
  mkdirSync(OUT, { recursive: true });
  log('building Tarikh');
  const built = await buildTarikh();
  const server = await startServer({
    '/': built.appDir,
    '/pages/': 'bench/render/pages',
    '/vendor/vis/': 'node_modules/vis-timeline',
    '/vendor/tljs/': 'node_modules/@knight-lab/timelinejs/dist',
  });
  const profileServer = await startServer({ '/': built.profileDir });
  let browser: Browser = await launch();
  const cells = new Map<string, Cell>();
  const key = (library: Library, count: number) => `${library}:${count}`;
  const gaveUp = new Map<Library, string>();
  let profiles: ProfileSummary[] = [];
  const started = Date.now();
  try {
    for (const count of SIZES) {
      const docs = documentsFor(count);
      for (const library of LIBRARIES) {
        server.setData(`${library}-${count}.json`, docs[library]);
        cells.set(key(library, count), { library, count, runs: [] });
      }
      for (let run = 0; run < RUNS; run++) {
        // Interleave the libraries, in a different order each run.
        const order = LIBRARIES.map((_, i) => LIBRARIES[(i + run) % LIBRARIES.length]!);
        for (const library of order) {
          const cell = cells.get(key(library, count))!;
          if (gaveUp.has(library)) {
            cell.note ??= gaveUp.get(library);
            continue;
          }
          const { result, context } = await runCase(browser, server.origin, library, count, LIMIT_MS, GESTURE_LIMIT_MS);
          if (!(await closeWithin(() => context.close(), 15_000))) {
            // A renderer stuck in a long task: start a fresh browser.
            await closeWithin(() => browser.close(), 15_000);
            browser = await launch();
          }
          cell.runs.push(result);
          log(
            `${fmtCount(count)} ${library} run ${run + 1}: ${result.state}${result.message ? ` (${result.message})` : ''}` +
              (result.firstRenderMs !== undefined ? `, first render ${result.firstRenderMs.toFixed(0)} ms` : '') +
              (result.phases ? ` (${Object.entries(result.phases).map(([k, v]) => `${k} ${v?.toFixed(0)}`).join(', ')})` : '') +
              (result.zoom ? `, zoom p95 ${quantile(result.zoom.intervals, 0.95).toFixed(1)} ms` : '') +
              (result.pan ? `, pan p95 ${quantile(result.pan.intervals, 0.95).toFixed(1)} ms` : ''),
          );
          if (result.state !== 'ok') {
            // One time-out is enough: later runs and larger sizes would only wait the same way.
            const why = result.state === 'timeout' ? `timed out (>${LIMIT_MS / 1000} s)` : `failed: ${result.message}`;
            cell.note = why;
            gaveUp.set(library, `not run (${why} at ${fmtCount(count)})`);
          }
        }
      }
    }
    if (SIZES.includes(TARGET_SIZE)) {
      log('profiling Tarikh at 10,000 events');
      profileServer.setData(`tarikh-${TARGET_SIZE}.json`, documentsFor(TARGET_SIZE).tarikh);
      try {
        profiles = await profileTarikh(browser, profileServer.origin, `/data/tarikh-${TARGET_SIZE}.json`, ZOOM_STEPS);
      } catch (error) {
        log(`profile failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await closeWithin(() => browser.close(), 15_000);
    await server.close();
    await profileServer.close();
  }
  log(`measured in ${((Date.now() - started) / 1000).toFixed(0)} s`);

  for (const cell of cells.values()) {
    const ok = cell.runs.filter((run) => run.firstRenderMs !== undefined);
    if (!ok.length) continue;
    cell.firstRender = median(ok.map((run) => run.firstRenderMs!));
    const after = ok.filter((run) => run.afterDataMs !== undefined).map((run) => run.afterDataMs!);
    cell.afterData = after.length ? median(after) : undefined;
    cell.marks = median(ok.map((run) => run.marksInDom ?? 0));
    cell.elements = median(ok.map((run) => run.domElements ?? 0));
    cell.zoom = frameStats(ok.flatMap((run) => (run.zoom ? [run.zoom] : [])));
    cell.pan = frameStats(ok.flatMap((run) => (run.pan ? [run.pan] : [])));
    const failures = cell.runs.length - ok.length;
    if (failures) cell.note = `${cell.note ?? 'failed'} in ${failures} of ${cell.runs.length} runs`;
  }
  return report(cells, built.embedFile, built.embedNote, profiles);
}

function report(cells: Map<string, Cell>, embedFile: string | null, embedNote: string, profiles: ProfileSummary[]): string[] {
  const get = (library: Library, count: number) => cells.get(`${library}:${count}`)!;
  const ratio = (a?: number, b?: number) => (a !== undefined && b !== undefined && b > 0 ? a / b : undefined);
  const lines: string[] = [
    '## Rendering and interaction (headless Chromium)',
    '',
    `The same synthetic events (\`src/events/fixtures/dense.ts\`: ${'30'} years, days, months, years and ranges) for all three libraries, each in its own data format,` +
      ` fetched as JSON by the page; 1280×800 viewport; median of ${RUNS} runs, libraries interleaved; time limit ${LIMIT_MS / 1000} s per first render and ${GESTURE_LIMIT_MS / 1000} s per gesture (a longer gesture is cut and its frames so far are kept).` +
      ' Tarikh: the app page (`index.html`, `?src=`), minified production build. vis-timeline 8.5.4 standalone build, defaults plus `height: 400px`, `rtl: true`, `zoomKey: ctrlKey`.' +
      ' TimelineJS3 3.9.11, defaults (600 px high).',
    '',
    '### First render',
    '',
    'Milliseconds from navigation start until the first event mark is in the DOM and a frame has been painted after it (two `requestAnimationFrame` ticks).' +
      ' It includes loading the library and fetching and parsing the data; "after data" starts at the data\'s last byte. Lower is better.',
    '',
    '| events | Tarikh | vis-timeline | TimelineJS3 | vis-timeline ÷ Tarikh | Tarikh after data | vis-timeline after data | marks in DOM (Tarikh / vis / TimelineJS3) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  const show = (cell: Cell, value?: number) => (value !== undefined ? fmtMs(value) : (cell.note ?? '–'));
  for (const count of SIZES) {
    const [t, v, j] = LIBRARIES.map((library) => get(library, count));
    const speed = ratio(v!.firstRender, t!.firstRender);
    lines.push(
      `| ${fmtCount(count)} | ${show(t!, t!.firstRender)} | ${show(v!, v!.firstRender)} | ${show(j!, j!.firstRender)} | ${speed !== undefined ? `${speed.toFixed(2)}×` : '–'} | ` +
        `${show(t!, t!.afterData)} | ${show(v!, v!.afterData)} | ${[t, v, j].map((c) => (c!.marks !== undefined ? fmtCount(c!.marks) : '–')).join(' / ')} |`,
    );
  }
  lines.push('', '![first render](first-render.svg)', '');

  for (const gesture of ['zoom', 'pan'] as const) {
    lines.push(
      gesture === 'zoom'
        ? `### Zoom: frame times`
        : `### Pan (drag): frame times`,
      '',
      gesture === 'zoom'
        ? `${ZOOM_STEPS} zoom-in steps then ${ZOOM_STEPS} zoom-out steps, one every 16 ms plus the time the browser takes to accept it: Ctrl+wheel (deltaY ±100) over the timeline for Tarikh and vis-timeline;` +
            ' TimelineJS3 has no wheel zoom, so its own zoom-in/zoom-out buttons are clicked instead (it stops at its last zoom level).'
        : `Mouse down in the middle of the timeline, ${PAN_STEPS} moves of 15 px (600 px) one way and back, one every 16 ms, mouse up.`,
      '',
      '"Frame interval" is the time between `requestAnimationFrame` callbacks during the gesture (16.7 ms when no frame is dropped at 60 Hz; a dropped frame shows as 33.3 ms).' +
        ' "Input frame work" is, for each frame that handled input, the main-thread time from the first input event to the end of that frame\'s rendering. Lower is better.',
      '',
      '| events | library | frame interval median | frame interval p95 | input frame work median | input frame work p95 | frames | gesture time (s) |',
      '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const count of SIZES) {
      for (const library of LIBRARIES) {
        const cell = get(library, count);
        const stats = cell[gesture];
        if (!stats) {
          lines.push(`| ${fmtCount(count)} | ${NAME[library]} | ${cell.note ?? '–'} | | | | | |`);
          continue;
        }
        lines.push(
          `| ${fmtCount(count)} | ${NAME[library]} | ${fmtMs(stats.intervalP50)} | ${fmtMs(stats.intervalP95)} | ${fmtMs(stats.workP50)} | ${fmtMs(stats.workP95)} | ${stats.frames} | ${stats.wallS.toFixed(1)}${stats.cut ? ` (cut at ${GESTURE_LIMIT_MS / 1000} s)` : ''} |`,
        );
      }
      const t = get('tarikh', count)[gesture];
      const v = get('vis', count)[gesture];
      const r = ratio(t?.intervalP95, v?.intervalP95);
      const w = ratio(t?.workP95, v?.workP95);
      if (r !== undefined) lines.push(`| ${fmtCount(count)} | **Tarikh ÷ vis-timeline** | ${fmtRatio(ratio(t?.intervalP50, v?.intervalP50))} | ${fmtRatio(r)} | ${fmtRatio(ratio(t?.workP50, v?.workP50))} | ${fmtRatio(w)} | | |`);
    }
    lines.push('', `![${gesture} frame time p95](${gesture}-frames.svg)`, '');
  }

  // Bundle sizes.
  lines.push('### Bundle size', '', 'What a page has to download for the timeline, gzip level 9 (node:zlib). Lower is better.', '', '| library | files | raw (KB) | gzipped (KB) |', '| --- | --- | ---: | ---: |');
  const bundles: { library: string; files: string; raw: number; gzip: number }[] = [];
  if (embedFile) {
    const size = gz([embedFile]);
    bundles.push({ library: 'Tarikh', files: '`embed.js` (the `<tarikh-timeline>` element, CSS inside; built from vite.embed.config.ts)', ...size });
  } else {
    const dir = 'dist/assets';
    const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(js|css)$/.test(f)).map((f) => join(dir, f)) : [];
    if (files.length) bundles.push({ library: 'Tarikh (main app, no embed build found)', files: files.map((f) => `\`${f}\``).join(', '), ...gz(files) });
  }
  bundles.push({ library: 'vis-timeline 8.5.4', files: '`standalone/umd/vis-timeline-graph2d.min.js` (CSS inside; includes Graph2d)', ...gz([resolve('node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js')]) });
  bundles.push({
    library: 'TimelineJS3 3.9.11',
    files: '`dist/js/timeline.js` + `dist/css/timeline.css`',
    ...gz([resolve('node_modules/@knight-lab/timelinejs/dist/js/timeline.js'), resolve('node_modules/@knight-lab/timelinejs/dist/css/timeline.css')]),
  });
  for (const b of bundles) lines.push(`| ${b.library} | ${b.files} | ${(b.raw / 1024).toFixed(1)} | ${(b.gzip / 1024).toFixed(1)} |`);
  if (embedNote) lines.push('', `Note: ${embedNote}.`);
  lines.push('', '![bundle size](bundle-size.svg)', '');

  // Targets.
  const t10 = get('tarikh', TARGET_SIZE);
  const v10 = get('vis', TARGET_SIZE);
  lines.push('### Targets (10,000 events)', '');
  if (!cells.has(`tarikh:${TARGET_SIZE}`)) lines.push('Not measured in this run (10,000 is not among TARIKH_BENCH_RENDER_SIZES).');
  else {
    const speed = ratio(v10?.firstRender, t10?.firstRender);
    if (speed === undefined) lines.push(`- First render ≥ 5× faster than vis-timeline: **not measured** (Tarikh: ${t10.note ?? '–'}; vis-timeline: ${v10.note ?? '–'}).`);
    else if (speed >= 5) lines.push(`- First render ≥ 5× faster than vis-timeline: **met**, ${speed.toFixed(2)}× (Tarikh ${fmtMs(t10.firstRender!)} ms, vis-timeline ${fmtMs(v10.firstRender!)} ms).`);
    else
      lines.push(
        `- First render ≥ 5× faster than vis-timeline: **missed**, ${speed.toFixed(2)}× (Tarikh ${fmtMs(t10.firstRender!)} ms, vis-timeline ${fmtMs(v10.firstRender!)} ms).` +
          ` Meeting it needs Tarikh at ≤ ${fmtMs(v10.firstRender! / 5)} ms, ${fmtMs(t10.firstRender! - v10.firstRender! / 5)} ms (${((1 - v10.firstRender! / 5 / t10.firstRender!) * 100).toFixed(0)}%) less than now.`,
      );
    const zoom = t10.zoom;
    if (!zoom) lines.push(`- Zoom frame p95 ≤ ${FRAME_BUDGET_MS} ms: **not measured** (${t10.note ?? '–'}).`);
    else {
      // Frame intervals come in vsync steps; allow for timer rounding around 16.7 ms.
      const met = zoom.intervalP95 <= FRAME_BUDGET_MS + 0.5;
      lines.push(
        `- Zoom frame p95 ≤ ${FRAME_BUDGET_MS} ms: **${met ? 'met' : 'missed'}**, frame interval p95 ${fmtMs(zoom.intervalP95)} ms` +
          (met ? '' : ` (${(zoom.intervalP95 / FRAME_BUDGET_MS).toFixed(1)}× the budget, +${fmtMs(zoom.intervalP95 - FRAME_BUDGET_MS)} ms)`) +
          `; the main-thread work of an input frame is ${fmtMs(zoom.workP50)} ms median, ${fmtMs(zoom.workP95)} ms p95` +
          (zoom.workP95 > FRAME_BUDGET_MS ? ` (${(zoom.workP95 / FRAME_BUDGET_MS).toFixed(1)}× the budget).` : ' (within the budget).'),
      );
    }
  }
  lines.push('');

  if (profiles.length) {
    lines.push(
      '### Where Tarikh\'s time goes (10,000 events, CPU profile)',
      '',
      'A V8 CPU profile (CDP `Profiler`, 200 µs sampling) of an unminified build of the same sources. Self time is time in the function itself; "(program)" is time outside JavaScript (Blink\'s style, layout and paint, mostly), and native DOM calls are listed by name.' +
        ' Line numbers refer to the unminified bundle (node_modules/.cache/tarikh-bench/app-unminified).',
      '',
    );
    for (const profile of profiles) {
      lines.push(`${profile.phase}: ${fmtMs(profile.wallMs)} ms profiled.`, '', '| self (ms) | total (ms) | function | hottest lines (samples) |', '| ---: | ---: | --- | --- |');
      for (const f of [...profile.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, 12))
        lines.push(`| ${fmtMs(f.selfMs)} | ${fmtMs(f.totalMs)} | \`${f.name}\` | ${f.hotLines.map((l) => `${l.line}: ${l.ticks}`).join(', ')} |`);
      lines.push('');
    }
  }

  // Charts.
  const first: Bar[] = [];
  const zoomBars: Bar[] = [];
  const panBars: Bar[] = [];
  for (const count of SIZES)
    for (const library of LIBRARIES) {
      const cell = get(library, count);
      const group = `${fmtCount(count)} events`;
      if (cell.firstRender !== undefined) first.push({ group, series: NAME[library], value: Number((cell.firstRender / 1000).toFixed(3)) });
      if (cell.zoom) zoomBars.push({ group, series: NAME[library], value: Number(cell.zoom.intervalP95.toFixed(1)) });
      if (cell.pan) panBars.push({ group, series: NAME[library], value: Number(cell.pan.intervalP95.toFixed(1)) });
    }
  writeFileSync(`${OUT}/first-render.svg`, barChartSvg('First render (lower is better; missing bar = timed out)', 'seconds', first));
  writeFileSync(`${OUT}/zoom-frames.svg`, barChartSvg('Zoom: frame interval p95 (lower is better)', 'ms', zoomBars));
  writeFileSync(`${OUT}/pan-frames.svg`, barChartSvg('Pan: frame interval p95 (lower is better)', 'ms', panBars));
  writeFileSync(
    `${OUT}/bundle-size.svg`,
    barChartSvg('Bundle size, gzipped (lower is better)', 'KB', bundles.map((b) => ({ group: b.library.replace(/ \(.*$/, ''), series: 'gzipped', value: Number((b.gzip / 1024).toFixed(1)) }))),
  );
  return lines;
}

function fmtRatio(value?: number): string {
  return value === undefined || Number.isNaN(value) ? '–' : `${value.toFixed(2)}×`;
}

// Run alone: tsx bench/render.ts
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/render.ts')) {
  const lines = await renderSection();
  writeFileSync(`${OUT}/render.md`, `# Tarikh rendering benchmark\n\n${lines.join('\n')}\n`);
  process.stdout.write(lines.filter((line) => !line.startsWith('![')).join('\n') + '\n\nReport: bench/results/render.md\n');
}
