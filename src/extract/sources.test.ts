import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandInputs } from './sources.ts';

describe('expandInputs', () => {
  let folder: string;
  let cwd: string;
  beforeEach(() => {
    cwd = process.cwd();
    folder = mkdtempSync(join(tmpdir(), 'tarikh-sources-'));
    mkdirSync(join(folder, 'archive', '2024'), { recursive: true });
    for (const file of ['b.txt', 'a.html', 'a.meta.json', 'notes.pdf', 'archive/2024/c.txt', 'archive/2024/d.htm', 'odd[1].txt']) writeFileSync(join(folder, file), 'x');
    process.chdir(folder);
  });
  afterEach(() => process.chdir(cwd));

  it('keeps the order given: files as named, folders as their article files by name, globs as the article files they match, URLs as URLs', () => {
    expect(expandInputs(['b.txt', '.', 'archive/**/*', 'https://example.org/a.html'])).toEqual([
      { kind: 'file', path: 'b.txt' },
      { kind: 'file', path: join('.', 'a.html') },
      { kind: 'file', path: join('.', 'b.txt') },
      { kind: 'file', path: join('.', 'odd[1].txt') },
      { kind: 'file', path: 'archive/2024/c.txt' },
      { kind: 'file', path: 'archive/2024/d.htm' },
      { kind: 'url', url: 'https://example.org/a.html' },
    ]);
  });

  it('a glob that matches no article is an error in its place; a missing file is read (and reported) as named', () => {
    expect(expandInputs(['*.pdf', 'nowhere.txt'])).toEqual([
      { kind: 'unmatched', pattern: '*.pdf' },
      { kind: 'file', path: 'nowhere.txt' },
    ]);
  });

  it('a file whose name looks like a glob is that file', () => {
    expect(expandInputs(['odd[1].txt'])).toEqual([{ kind: 'file', path: 'odd[1].txt' }]);
  });
});
