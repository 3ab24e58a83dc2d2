/**
 * A small, dependency-free SVG chart of the scaling benchmark: build time and bytes against
 * corpus size (entries), both on log–log axes, with a dashed "linear" line through the smallest
 * corpus so growth faster than linear stands out as a steeper curve.
 */

export interface Series {
  name: string;
  color: string;
  points: { x: number; y: number }[];
  dashed?: boolean;
}

interface Panel {
  title: string;
  unit: string;
  series: Series[];
}

const W = 440;
const H = 300;
const PAD = { left: 58, right: 16, top: 34, bottom: 44 };

const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) ticks.push(10 ** e);
  return ticks;
}

function fmt(v: number): string {
  if (v >= 1e9) return `${v / 1e9}G`;
  if (v >= 1e6) return `${v / 1e6}M`;
  if (v >= 1e3) return `${v / 1e3}k`;
  if (v < 1) return String(v);
  return String(v);
}

function panel(p: Panel, offsetX: number): string {
  const xs = p.series.flatMap((s) => s.points.map((pt) => pt.x)).filter((v) => v > 0);
  const ys = p.series.flatMap((s) => s.points.map((pt) => pt.y)).filter((v) => v > 0);
  if (xs.length === 0 || ys.length === 0) return '';
  const xTicks = logTicks(Math.min(...xs), Math.max(...xs));
  const yTicks = logTicks(Math.min(...ys), Math.max(...ys));
  const [x0, x1] = [Math.log10(xTicks[0]!), Math.log10(xTicks.at(-1)!)];
  const [y0, y1] = [Math.log10(yTicks[0]!), Math.log10(yTicks.at(-1)!)];
  const px = (x: number) => offsetX + PAD.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - PAD.left - PAD.right);
  const py = (y: number) => PAD.top + (1 - (Math.log10(y) - y0) / (y1 - y0 || 1)) * (H - PAD.top - PAD.bottom);
  const out: string[] = [];
  out.push(`<text x="${offsetX + W / 2}" y="18" text-anchor="middle" font-weight="600">${esc(p.title)}</text>`);
  for (const t of xTicks) {
    out.push(`<line x1="${px(t)}" y1="${PAD.top}" x2="${px(t)}" y2="${H - PAD.bottom}" stroke="#ddd"/>`);
    out.push(`<text x="${px(t)}" y="${H - PAD.bottom + 14}" text-anchor="middle">${fmt(t)}</text>`);
  }
  for (const t of yTicks) {
    out.push(`<line x1="${offsetX + PAD.left}" y1="${py(t)}" x2="${offsetX + W - PAD.right}" y2="${py(t)}" stroke="#ddd"/>`);
    out.push(`<text x="${offsetX + PAD.left - 6}" y="${py(t) + 4}" text-anchor="end">${p.unit === 's' ? t : fmt(t)}${p.unit}</text>`);
  }
  out.push(`<text x="${offsetX + W / 2}" y="${H - 8}" text-anchor="middle">entries (log)</text>`);
  let legendY = PAD.top + 6;
  for (const s of p.series) {
    const pts = s.points.filter((pt) => pt.x > 0 && pt.y > 0);
    if (pts.length === 0) continue;
    const d = pts.map((pt, i) => `${i === 0 ? 'M' : 'L'}${px(pt.x).toFixed(1)},${py(pt.y).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`);
    if (!s.dashed)
      for (const pt of pts) out.push(`<circle cx="${px(pt.x).toFixed(1)}" cy="${py(pt.y).toFixed(1)}" r="3" fill="${s.color}"/>`);
    out.push(
      `<line x1="${offsetX + PAD.left + 8}" y1="${legendY}" x2="${offsetX + PAD.left + 24}" y2="${legendY}" stroke="${s.color}" stroke-width="2"${s.dashed ? ' stroke-dasharray="4 3"' : ''}/>`,
    );
    out.push(`<text x="${offsetX + PAD.left + 28}" y="${legendY + 4}">${esc(s.name)}</text>`);
    legendY += 14;
  }
  return out.join('\n');
}

/** `caption` may hold several lines separated by \n. */
export function chartSvg(time: Panel['series'], bytes: Panel['series'], caption: string): string {
  const lines = caption.split('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W * 2}" height="${H + 6 + 14 * lines.length}" viewBox="0 0 ${W * 2} ${H + 6 + 14 * lines.length}" font-family="system-ui, sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    panel({ title: 'Build time vs corpus size', unit: 's', series: time }, 0),
    panel({ title: 'Bytes vs corpus size', unit: 'B', series: bytes }, W),
    ...lines.map((line, i) => `<text x="${W}" y="${H + 12 + 14 * i}" text-anchor="middle" fill="#555">${esc(line)}</text>`),
    '</svg>',
    '',
  ].join('\n');
}

/** y = y(first point) × x / x(first point): what linear growth would look like. */
export function linearFrom(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const first = points[0];
  if (!first) return [];
  return points.map((p) => ({ x: p.x, y: (first.y * p.x) / first.x }));
}
