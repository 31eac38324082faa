/** Draws a chart spec as inline SVG: lines or columns over the categories, one colour per series. */
import type { ChartView } from '../types';

const NS = 'http://www.w3.org/2000/svg';
const COLORS = ['#1a73e8', '#ea4335', '#fbbc04', '#34a853', '#9334e6'];

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function chartSvg(c: ChartView): SVGSVGElement {
  const w = Math.min(c.width, 640);
  const hgt = Math.min(c.height, 360);
  const pad = { l: 44, r: 10, t: 26, b: 36 };
  const svg = el('svg', { width: w, height: hgt, viewBox: `0 0 ${w} ${hgt}`, role: 'img' }) as SVGSVGElement;
  svg.setAttribute('aria-label', `Chart: ${c.title}`);
  svg.append(el('text', { x: w / 2, y: 16, 'text-anchor': 'middle', 'font-weight': 'bold' }, c.title));
  const all = c.series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const n = c.categories.length;
  if (all.length === 0 || n === 0) {
    svg.append(el('text', { x: w / 2, y: hgt / 2, 'text-anchor': 'middle' }, 'No data in this period'));
    return svg;
  }
  const min = Math.min(0, ...all);
  const max = Math.max(...all, min + 1e-9);
  const pw = w - pad.l - pad.r;
  const ph = hgt - pad.t - pad.b;
  const x = (i: number) => pad.l + (n === 1 ? pw / 2 : (i * pw) / (n - 1));
  const y = (v: number) => pad.t + ph - ((v - min) / (max - min)) * ph;
  svg.append(el('line', { x1: pad.l, y1: y(min), x2: pad.l + pw, y2: y(min), stroke: '#bdc1c6' }));
  svg.append(el('text', { x: pad.l - 4, y: y(max) + 4, 'text-anchor': 'end' }, fmt(max)));
  svg.append(el('text', { x: pad.l - 4, y: y(min) + 4, 'text-anchor': 'end' }, fmt(min)));
  const step = Math.max(1, Math.ceil(n / 6));
  c.categories.forEach((cat, i) => {
    if (i % step === 0)
      svg.append(el('text', { x: x(i), y: hgt - pad.b + 14, 'text-anchor': 'middle' }, cat.slice(0, 10)));
  });
  const column = c.type.toUpperCase() === 'COLUMN';
  c.series.forEach((s, si) => {
    const color = COLORS[si % COLORS.length];
    if (column) {
      const bw = Math.max(2, pw / n / (c.series.length + 1));
      s.values.forEach((v, i) => {
        if (v === null) return;
        const x0 = x(i) - (bw * c.series.length) / 2 + si * bw;
        svg.append(
          el('rect', {
            x: x0,
            y: Math.min(y(v), y(0)),
            width: bw,
            height: Math.abs(y(0) - y(v)),
            fill: color,
          }),
        );
      });
    } else {
      const pts = s.values.map((v, i) => (v === null ? null : `${x(i)},${y(v)}`)).filter(Boolean);
      svg.append(el('polyline', { points: pts.join(' '), fill: 'none', stroke: color, 'stroke-width': 2 }));
    }
    svg.append(el('text', { x: pad.l + si * 120, y: hgt - 6, fill: color }, s.name));
  });
  return svg;
}

function fmt(v: number): string {
  const a = Math.abs(v);
  if (a !== 0 && a < 1) return `${(v * 100).toFixed(1)}%`;
  if (a >= 1e6) return `${(v / 1e6).toFixed(1)}M`;
  if (a >= 1e3) return `${(v / 1e3).toFixed(1)}k`;
  return String(Math.round(v * 100) / 100);
}

/** A cell-sized line for =SPARKLINE cells (drawn here because HyperFormula has no SPARKLINE). */
export function sparkSvg(values: (number | null)[]): SVGSVGElement {
  const w = 100;
  const hgt = 16;
  const svg = el('svg', {
    width: '100%',
    height: hgt,
    viewBox: `0 0 ${w} ${hgt}`,
    preserveAspectRatio: 'none',
  }) as SVGSVGElement;
  svg.setAttribute('aria-label', 'Sparkline');
  const nums = values.filter((v): v is number => v !== null);
  if (nums.length < 2) return svg;
  const min = Math.min(...nums);
  const span = Math.max(...nums) - min || 1;
  const pts = values
    .map((v, i) =>
      v === null ? null : `${(i * w) / (values.length - 1)},${hgt - 2 - ((v - min) / span) * (hgt - 4)}`,
    )
    .filter(Boolean);
  svg.append(el('polyline', { points: pts.join(' '), fill: 'none', stroke: '#1a73e8', 'stroke-width': 1.5 }));
  return svg;
}
