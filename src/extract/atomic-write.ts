/**
 * Writing a file so that readers see the old content or the new, never half of it: the
 * text goes to a temporary file beside the target, which is then renamed over it.
 */
import { writeFileSync, renameSync, rmSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';

const pendingTemporaryFiles = new Set<string>();

/** Removes temporary files of writes cut short (the CLI calls it on Ctrl-C). */
export function removePendingTemporaryFiles(): void {
  for (const file of pendingTemporaryFiles) rmSync(file, { force: true });
  pendingTemporaryFiles.clear();
}

/** Writes `content` to `target` atomically (see above). */
export function writeFileAtomic(target: string, content: string): void {
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  pendingTemporaryFiles.add(temporary);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, target);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  } finally {
    pendingTemporaryFiles.delete(temporary);
  }
}
