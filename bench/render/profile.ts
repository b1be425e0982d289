/**
 * Where Tarikh's time goes: a V8 CPU profile (CDP Profiler) of an unminified build, once over
 * the first render and once over the scripted zoom, summarised as self and inclusive time per
 * function. "(program)" is time outside JavaScript: mostly Blink's style, layout and paint.
 */
import type { Browser } from '@playwright/test';
import { probeScript } from './probe.ts';
import { READY_SELECTOR } from './measure.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: { line: number; ticks: number }[];
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface FunctionTime {
  name: string;
  selfMs: number;
  totalMs: number;
  /** Sample counts by source line (1-based) inside the function, hottest first. */
  hotLines: { line: number; ticks: number }[];
}

export interface ProfileSummary {
  phase: string;
  wallMs: number;
  functions: FunctionTime[];
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) return functionName || '(anonymous)';
  const file = url.replace(/^.*\//, '').replace(/\?.*$/, '');
  return `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})`;
}

function summarise(profile: CpuProfile, phase: string): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
  const self = new Map<string, number>();
  const lines = new Map<string, Map<number, number>>();
  for (const node of profile.nodes) {
    if (!node.positionTicks?.length) continue;
    const perLine = lines.get(label(node)) ?? new Map<number, number>();
    for (const { line, ticks } of node.positionTicks) perLine.set(line, (perLine.get(line) ?? 0) + ticks);
    lines.set(label(node), perLine);
  }
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + us);
    // Inclusive: count the sample once for each distinct function on its stack.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + us);
    }
  }
  const functions = [...total.keys()]
    .filter((name) => name !== '(root)' && name !== '(idle)')
    .map((name) => ({
      name,
      selfMs: (self.get(name) ?? 0) / 1000,
      totalMs: (total.get(name) ?? 0) / 1000,
      hotLines: [...(lines.get(name) ?? new Map<number, number>())].map(([line, ticks]) => ({ line, ticks })).sort((a, b) => b.ticks - a.ticks).slice(0, 5),
    }));
  return { phase, wallMs: (profile.endTime - profile.startTime) / 1000, functions };
}

export async function profileTarikh(browser: Browser, origin: string, data: string, zoomSteps: number): Promise<ProfileSummary[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
    const page = await context.newPage();
    await page.addInitScript({ content: probeScript(READY_SELECTOR.tarikh) });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await page.goto('about:blank');
    await cdp.send('Profiler.start');
    await page.goto(`${origin}/?src=${encodeURIComponent(data)}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as any).__bench?.paintedAt !== null, null, { polling: 50, timeout: 120_000 });
    const load = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await page.waitForTimeout(1500);
    const box = (await page.locator('.viewport').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + 120);
    await cdp.send('Profiler.start');
    await page.keyboard.down('Control');
    for (const direction of [-1, 1])
      for (let i = 0; i < zoomSteps; i++) {
        await page.mouse.wheel(0, direction * 100);
        await page.waitForTimeout(16);
      }
    await page.keyboard.up('Control');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const zoom = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    return [summarise(load.profile, 'first render'), summarise(zoom.profile, `zoom (${zoomSteps * 2} ctrl+wheel steps)`)];
  } finally {
    await context.close();
  }
}
