/**
 * Vite plugin: serves the events document at /events.json in dev and emits it into the
 * build. (The extraction step is wired in below by tarikhEvents once the CLI lands.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function tarikhEvents(options: { eventsFile?: string } = {}): Plugin {
  const eventsFile = resolve(options.eventsFile ?? 'data/events.json');
  return {
    name: 'tarikh-events',
    configureServer(server) {
      server.middlewares.use('/events.json', (_req, res) => {
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(eventsFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'events.json', source: readFileSync(eventsFile) });
    },
  };
}
