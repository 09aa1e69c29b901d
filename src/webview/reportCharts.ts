// Horizontal bar charts drawn as SVG in the report webview: no chart library, no remote resource, colours from the
// theme (panel CSS classes map to --vscode-charts-*). Labels go in as textContent, never markup.
const SVG = 'http://www.w3.org/2000/svg';

export interface Bar {
  label: string;
  value: number;
  /** Shown at the bar's end: "12 quotes", "40%". */
  text: string;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/**
 * One row per bar: label on the left, the bar scaled to `max` (default: the largest value), the figure after it.
 * The chart is an image to assistive technology (its title says what it shows); the table beside it has the data.
 */
export function barChart(title: string, bars: readonly Bar[], cls: string, max?: number): SVGSVGElement {
  const rowHeight = 20;
  const labelWidth = 180;
  const barWidth = 260;
  const width = labelWidth + barWidth + 90;
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1e-9);
  const chart = svg('svg', {
    class: `chart ${cls}`,
    width,
    height: bars.length * rowHeight + 4,
    viewBox: `0 0 ${width} ${bars.length * rowHeight + 4}`,
    role: 'img',
    'aria-label': title,
  });
  chart.appendChild(svg('title', {}, title));
  bars.forEach((b, i) => {
    const y = i * rowHeight + 2;
    const label = b.label.length > 28 ? `${b.label.slice(0, 27)}…` : b.label;
    chart.appendChild(svg('text', { class: 'chart-label', x: labelWidth - 6, y: y + 14, 'text-anchor': 'end' }, label));
    const w = Math.max(b.value > 0 ? 2 : 0, Math.round((b.value / top) * barWidth));
    chart.appendChild(
      svg('rect', { class: 'chart-bar', x: labelWidth, y: y + 3, width: w, height: rowHeight - 6, rx: 2 }),
    );
    chart.appendChild(svg('text', { class: 'chart-value', x: labelWidth + w + 6, y: y + 14 }, b.text));
  });
  return chart;
}
