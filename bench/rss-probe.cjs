// Loaded into every Node process of a measured command (NODE_OPTIONS=--require): at exit, appends
// the process's peak resident set size (KB) to $TARIKH_RSS_FILE, so that the bench can report the
// largest of them (npm, the loader, the extraction).
const { appendFileSync } = require('node:fs');
process.on('exit', () => {
  if (!process.env.TARIKH_RSS_FILE) return;
  try {
    appendFileSync(process.env.TARIKH_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
  } catch {
    // the measurement is lost, not the run
  }
});
