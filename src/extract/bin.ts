#!/usr/bin/env node
/**
 * The `tarikh` command (package.json `bin`): `tarikh extract …`, `tarikh --help`,
 * `tarikh --version`. Loads nothing but what the command asks for, so that it answers fast.
 */
import { readFileSync } from 'node:fs';

const USAGE = `Tarikh: news articles (Arabic and English) → a timeline of the events they report.

Usage:
  tarikh extract FILE|FOLDER|GLOB|URL... [options]   the events document of these articles
  tarikh extract --jsonl                             JSON lines in, JSON lines out
  tarikh extract --help                              every option of extract
  tarikh --version

Exit codes: 0 done, 1 some input failed (the rest was processed), 2 wrong usage.`;

function version(): string {
  // lib/node/bin.js → the package's package.json
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'extract') {
    const { extractCommand } = await import('./cli.ts');
    return extractCommand(rest);
  }
  if (command === '--version' || command === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stderr.write(`tarikh: ${command === undefined ? 'name a command' : `"${command}" is not a command`}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
