/**
 * Measures Tarikh's date engine against Microsoft Recognizers-Text's Arabic date specs
 * (DateExtractor.json: spans; DateParser.json: spans and resolved values).
 *
 *   npm run eval:peer                 our engine, through the CLI's --jsonl mode
 *   npm run eval:peer -- --baseline   also chrono.ar as shipped, side by side
 *   npm run eval:peer -- --verbose    list every failing case
 *
 * The specs live outside the repository: TARIKH_PEER_DIR, else ../shared/peer/recognizers-text-arabic
 * next to the repository. Without them the script says so and exits 0.
 *
 * Pass rules. Extractor: the set of {start, length} spans equals the case's Results.
 * Parser: every expected result has a mention with the same span whose value equals the
 * Timex or either resolution's date (FutureResolution / PastResolution).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chrono from 'chrono-node';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface SpecResult {
  Text: string;
  Start: number;
  Length: number;
  Type?: string;
  Value?: { Timex?: string; FutureResolution?: { date?: string }; PastResolution?: { date?: string } };
}
interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupportedByDesign?: string;
  Results: SpecResult[];
}
interface Mention {
  text: string;
  start: number;
  end: number;
  value: string;
}
interface Query {
  id: string;
  text: string;
  ref: string | null;
}
type Engine = (queries: Query[]) => Promise<Map<string, Mention[]>>;

function readSpec(path: string): SpecCase[] {
  return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, '')) as SpecCase[];
}

/** Our engine as the pipeline runs it: the compiled CLI in --jsonl mode, one line per case. */
const cliEngine: Engine = (queries) =>
  new Promise((resolvePromise, reject) => {
    execFileSync(process.execPath, [join(repoRoot, 'scripts/build-package.mjs'), '--only', 'node', '--quiet'], { stdio: 'inherit' });
    const child = spawn(process.execPath, [join(repoRoot, 'lib/node/bin.js'), 'extract', '--jsonl'], {
      cwd: repoRoot,
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const answers = new Map<string, Mention[]>();
      for (const line of stdout.split('\n')) {
        if (!line.trim()) continue;
        try {
          const answer = JSON.parse(line) as { id: string; mentions?: Mention[] };
          answers.set(answer.id, answer.mentions ?? []);
        } catch {
          // a line that is not JSON: counted as no answer for its case
        }
      }
      if (answers.size === 0 && queries.length > 0) reject(new Error(`the CLI answered nothing (exit code ${code})`));
      else resolvePromise(answers);
    });
    child.stdin.on('error', () => undefined); // the CLI may exit before reading everything
    for (const query of queries) child.stdin.write(JSON.stringify(query) + '\n');
    child.stdin.end();
  });

/** Until the CLI exists: the library function itself. */
const libraryEngine: Engine = async (queries) => {
  const { findDateMentions } = await import('../src/extract/dates/index.ts');
  return new Map(
    queries.map((q) => [q.id, findDateMentions(q.text, { ref: q.ref }).map(({ text, start, end, value }) => ({ text, start, end, value }))]),
  );
};

/** chrono.ar as shipped, its values written from the components it is certain of. */
const baselineEngine: Engine = async (queries) => {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return new Map(
    queries.map((q) => {
      const ref = q.ref ? new Date(`${q.ref}T12:00:00`) : new Date(2000, 6, 1, 12);
      const mentions = chrono.ar.casual.parse(q.text, ref).map((r) => {
        const c = r.start;
        const y = pad(c.get('year') ?? 0, 4);
        const value = c.isCertain('day') || c.isCertain('weekday')
          ? `${y}-${pad(c.get('month') ?? 0, 2)}-${pad(c.get('day') ?? 0, 2)}`
          : c.isCertain('month')
            ? `${y}-${pad(c.get('month') ?? 0, 2)}`
            : y;
        return { text: r.text, start: r.index, end: r.index + r.text.length, value };
      });
      return [q.id, mentions];
    }),
  );
};

interface Failure {
  id: string;
  input: string;
  expected: string;
  got: string;
}
interface Score {
  passed: number;
  total: number;
  failures: Failure[];
}

function scoreExtractor(cases: SpecCase[], answers: Map<string, Mention[]>, prefix: string): Score {
  const failures: Failure[] = [];
  let passed = 0;
  cases.forEach((c, i) => {
    const id = `${prefix}${i}`;
    const got = answers.get(id) ?? [];
    const expected = new Set(c.Results.map((r) => `${r.Start}+${r.Length}`));
    const found = new Set(got.map((m) => `${m.start}+${m.end - m.start}`));
    const ok = expected.size === found.size && [...expected].every((s) => found.has(s));
    if (ok) passed++;
    else
      failures.push({
        id,
        input: c.Input,
        expected: c.Results.map((r) => `[${r.Text}]@${r.Start}`).join(' ') || '(none)',
        got: got.map((m) => `[${m.text}]@${m.start}`).join(' ') || '(none)',
      });
  });
  return { passed, total: cases.length, failures };
}

function scoreParser(cases: SpecCase[], answers: Map<string, Mention[]>, prefix: string): Score {
  const failures: Failure[] = [];
  let passed = 0;
  cases.forEach((c, i) => {
    const id = `${prefix}${i}`;
    const got = answers.get(id) ?? [];
    const ok = c.Results.every((r) => {
      const accepted = [r.Value?.Timex, r.Value?.FutureResolution?.date, r.Value?.PastResolution?.date].filter(Boolean);
      return got.some((m) => m.start === r.Start && m.end - m.start === r.Length && accepted.includes(m.value));
    });
    if (ok) passed++;
    else
      failures.push({
        id,
        input: c.Input,
        expected: c.Results.map((r) => `[${r.Text}]@${r.Start}=${r.Value?.Timex}|${r.Value?.FutureResolution?.date}|${r.Value?.PastResolution?.date}`).join(' '),
        got: got.map((m) => `[${m.text}]@${m.start}=${m.value}`).join(' ') || '(none)',
      });
  });
  return { passed, total: cases.length, failures };
}

const percent = (s: Score) => `${((100 * s.passed) / Math.max(1, s.total)).toFixed(1)}% (${s.passed}/${s.total})`;

async function main(): Promise<number> {
  let values: { verbose: boolean; baseline: boolean };
  try {
    ({ values } = parseArgs({
      options: { verbose: { type: 'boolean', default: false }, baseline: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    console.error(`eval:peer: ${(error as Error).message}\nusage: npm run eval:peer [-- --baseline] [-- --verbose]`);
    return 2;
  }
  const peerDir = process.env.TARIKH_PEER_DIR ? resolve(process.env.TARIKH_PEER_DIR) : resolve(repoRoot, '../shared/peer/recognizers-text-arabic');
  const extractorPath = join(peerDir, 'DateExtractor.json');
  const parserPath = join(peerDir, 'DateParser.json');
  if (!existsSync(extractorPath) || !existsSync(parserPath)) {
    console.log(`eval:peer: skipped, Recognizers-Text Arabic specs not found in ${peerDir} (set TARIKH_PEER_DIR)`);
    return 0;
  }
  const extractorCases = readSpec(extractorPath);
  const parserCases = readSpec(parserPath);
  const queries: Query[] = [
    ...extractorCases.map((c, i) => ({ id: `extractor-${i}`, text: c.Input, ref: null })),
    ...parserCases.map((c, i) => ({ id: `parser-${i}`, text: c.Input, ref: c.Context?.ReferenceDateTime?.slice(0, 10) ?? null })),
  ];

  const hasCli = existsSync(join(repoRoot, 'src/extract/bin.ts'));
  if (!hasCli) console.log('eval:peer: src/extract/bin.ts not found; calling findDateMentions directly instead of the --jsonl CLI');
  const engines: [string, Engine][] = [[hasCli ? 'tarikh (cli --jsonl)' : 'tarikh (library)', hasCli ? cliEngine : libraryEngine]];
  if (values.baseline) engines.push(['chrono.ar as shipped', baselineEngine]);

  const rows: string[][] = [];
  for (const [label, engine] of engines) {
    let name = label;
    let answers: Map<string, Mention[]>;
    try {
      answers = await engine(queries);
    } catch (error) {
      if (engine !== cliEngine) throw error;
      // The CLI is another engineer's work in progress; measure the engine itself meanwhile.
      console.log(`eval:peer: the --jsonl CLI failed (${(error as Error).message}); calling findDateMentions directly`);
      name = 'tarikh (library)';
      answers = await libraryEngine(queries);
    }
    const extractor = scoreExtractor(extractorCases, answers, 'extractor-');
    const parser = scoreParser(parserCases, answers, 'parser-');
    rows.push([name, percent(extractor), percent(parser)]);
    if (values.verbose) {
      for (const [file, score] of [['DateExtractor', extractor], ['DateParser', parser]] as const) {
        console.log(`\n${name}: ${file} failures (${score.failures.length})`);
        for (const f of score.failures) console.log(`  ${f.input}\n    expected ${f.expected}\n    got      ${f.got}`);
      }
    }
  }
  console.log('');
  const widths = [24, 20, 20];
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ');
  console.log(line(['engine', 'DateExtractor.json', 'DateParser.json']));
  for (const row of rows) console.log(line(row));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
