/** A small grouped bar chart as an SVG file (no browser needed), drawn with d3-scale. */
import { scaleBand, scaleLinear } from 'd3';

export interface Bar {
  group: string;
  series: string;
  value: number;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[ch]!);
}

export function barChartSvg(title: string, unit: string, bars: Bar[], width = 720, height = 360): string {
  const margin = { top: 40, right: 20, bottom: 60, left: 70 };
  const groups = [...new Set(bars.map((bar) => bar.group))];
  const series = [...new Set(bars.map((bar) => bar.series))];
  const x = scaleBand().domain(groups).range([margin.left, width - margin.right]).padding(0.2);
  const inner = scaleBand().domain(series).range([0, x.bandwidth()]).padding(0.05);
  const y = scaleLinear().domain([0, Math.max(...bars.map((bar) => bar.value), 1)]).nice().range([height - margin.bottom, margin.top]);
  const colours = ['#1f6f8b', '#d98c1f', '#7a4fa3', '#3c8d3c'];
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
  for (const tick of y.ticks(5)) {
    parts.push(`<line x1="${margin.left}" x2="${width - margin.right}" y1="${y(tick)}" y2="${y(tick)}" stroke="#ddd"/>`);
    parts.push(`<text x="${margin.left - 6}" y="${y(tick) + 4}" text-anchor="end">${tick}</text>`);
  }
  parts.push(`<text transform="translate(16 ${height / 2}) rotate(-90)" text-anchor="middle">${escapeXml(unit)}</text>`);
  for (const bar of bars) {
    const left = x(bar.group)! + inner(bar.series)!;
    const colour = colours[series.indexOf(bar.series) % colours.length];
    parts.push(`<rect x="${left}" y="${y(bar.value)}" width="${inner.bandwidth()}" height="${y(0) - y(bar.value)}" fill="${colour}"><title>${escapeXml(`${bar.series}, ${bar.group}: ${bar.value}`)}</title></rect>`);
  }
  for (const group of groups) parts.push(`<text x="${x(group)! + x.bandwidth() / 2}" y="${height - margin.bottom + 18}" text-anchor="middle">${escapeXml(group)}</text>`);
  series.forEach((name, i) => {
    const left = margin.left + i * 170;
    parts.push(`<rect x="${left}" y="${height - 22}" width="12" height="12" fill="${colours[i % colours.length]}"/>`);
    parts.push(`<text x="${left + 18}" y="${height - 12}">${escapeXml(name)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
