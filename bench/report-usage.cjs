// Loaded with `node --require` by bench/package.ts: at exit, the process's resource usage (every
// thread's CPU time, peak RSS) as the last line of standard error, for the bench to read.
'use strict';
process.on('exit', () => {
  require('node:fs').writeSync(2, `\n${JSON.stringify({ tarikhBenchUsage: process.resourceUsage() })}\n`);
});
