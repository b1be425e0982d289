/**
 * The in-page probe (an init script, run before the page's own scripts):
 * - first render: the time (ms since navigation start) when the first element matching the
 *   library's mark selector is in the DOM, and when a frame has been painted after that
 *   (two requestAnimationFrame ticks later);
 * - frames during a gesture: requestAnimationFrame timestamp deltas (the frame interval, in
 *   vsync steps: 16.7 ms when no frame is dropped), and for each frame that handled input,
 *   the main-thread time from the first input event of that frame to the end of its
 *   rendering (a message posted from requestAnimationFrame arrives after style, layout and paint).
 */
export function probeScript(readySelector: string): string {
  // tsx (esbuild) wraps named functions in __name(): give the page a no-op one, for the probe
  // and for the functions page.evaluate() sends.
  return `globalThis.__name = (f) => f;\n(${probe.toString()})(${JSON.stringify(readySelector)});`;
}

function probe(selector: string) {
  interface Recording {
    intervals: number[];
    work: number[];
    inputStart: number | null;
    last: number | null;
    on: boolean;
  }
  const bench = {
    marksAt: null as number | null,
    paintedAt: null as number | null,
    errors: [] as string[],
    rec: null as Recording | null,
    start() {
      bench.rec = { intervals: [], work: [], inputStart: null, last: null, on: true };
      requestAnimationFrame(frame);
    },
    stop() {
      const rec = bench.rec;
      if (!rec) return { intervals: [], work: [] };
      rec.on = false;
      return { intervals: rec.intervals, work: rec.work };
    },
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  addEventListener('error', (e) => bench.errors.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => bench.errors.push(String(e.reason)));

  const observer = new MutationObserver(() => {
    if (bench.marksAt !== null || !document.querySelector(selector)) return;
    bench.marksAt = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => requestAnimationFrame(() => (bench.paintedAt = performance.now())));
  });
  observer.observe(document, { childList: true, subtree: true });

  const onInput = () => {
    const rec = bench.rec;
    if (rec && rec.on && rec.inputStart === null) rec.inputStart = performance.now();
  };
  for (const type of ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'mousedown', 'mousemove', 'mouseup', 'click'])
    addEventListener(type, onInput, { capture: true, passive: true });

  const channel = new MessageChannel();
  const pending: { start: number; input: boolean }[] = [];
  channel.port1.onmessage = () => {
    const frameInfo = pending.shift();
    if (frameInfo && frameInfo.input && bench.rec) bench.rec.work.push(performance.now() - frameInfo.start);
  };
  function frame(timestamp: number) {
    const rec = bench.rec;
    if (!rec || !rec.on) return;
    if (rec.last !== null) rec.intervals.push(timestamp - rec.last);
    rec.last = timestamp;
    const now = performance.now();
    pending.push({ start: rec.inputStart === null ? now : Math.min(rec.inputStart, now), input: rec.inputStart !== null });
    rec.inputStart = null;
    channel.port2.postMessage(0);
    requestAnimationFrame(frame);
  }
}
