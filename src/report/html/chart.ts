/**
 * Horizontal bar charts as inline SVG: no script, no network, prints as vectors.
 *
 * @module
 */

import { escapeHtml } from './escape.js';

/** One bar. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  /** Colour class: `error`, `warning`, `info` or `neutral` (default). */
  readonly tone?: 'error' | 'warning' | 'info' | 'neutral';
}

/** Options of {@link barChart}. */
export interface BarChartOptions {
  /** Accessible title (`<title>` and `aria-label`). */
  readonly title: string;
  /** Width in CSS pixels (default 480). */
  readonly width?: number;
}

const ROW = 22;
const LABEL = 160;
const VALUE = 48;

/**
 * A horizontal bar chart as an `<svg>` string; each bar is a `<rect class="bar ...">` whose width is
 * proportional to its value (the largest value spans the full plot width). Empty input gives an empty chart.
 *
 * @example
 * ```ts
 * barChart([{ label: 'Fehler', value: 3, tone: 'error' }, { label: 'Warnung', value: 1, tone: 'warning' }], { title: 'Befunde' });
 * ```
 */
export function barChart(bars: readonly Bar[], options: BarChartOptions): string {
  const width = options.width ?? 480;
  const plot = Math.max(40, width - LABEL - VALUE);
  const max = Math.max(0, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const rows = bars
    .map((b, i) => {
      const y = i * ROW;
      const w = max === 0 ? 0 : Math.round((b.value / max) * plot * 10) / 10;
      return (
        `<g class="row"><text x="${LABEL - 6}" y="${y + 15}" text-anchor="end">${escapeHtml(b.label)}</text>` +
        `<rect class="bar ${b.tone ?? 'neutral'}" x="${LABEL}" y="${y + 3}" width="${w}" height="${ROW - 6}" data-value="${b.value}"/>` +
        `<text class="value" x="${LABEL + w + 4}" y="${y + 15}">${b.value}</text></g>`
      );
    })
    .join('');
  const title = escapeHtml(options.title);
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><title>${title}</title>${rows}</svg>`;
}
