// A small bar chart in SVG with the same numbers as a table for screen readers: people
// would rather look than read, and nobody should have to do either alone.
import { formatInteger } from '../../shared/format.ts';

export interface Bar {
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: Bar[];
  unit: string;
  /** How a value is written beside its bar and in the table; whole numbers unless given. */
  format?: (value: number) => string;
  /** A limit drawn as a dashed line across the bars, with its label (e.g. "drempel 60%"). */
  threshold?: { value: number; label: string };
}

export function BarChart({ title, bars, unit, format = formatInteger, threshold }: BarChartProps) {
  const max = Math.max(1, ...bars.map((bar) => bar.value), threshold?.value ?? 0);
  const rowHeight = 26;
  const labelWidth = 170;
  const chartWidth = 520;
  // Room above the bars for the threshold's label.
  const top = threshold ? 18 : 0;
  const height = bars.length * rowHeight + 8 + top;
  const scale = (value: number) => Math.round(((chartWidth - labelWidth - 60) * value) / max);
  return (
    <figure className={threshold ? 'chart chart--threshold' : 'chart'}>
      <figcaption className="chart__title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${chartWidth} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4 + top;
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart__label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={Math.max(scale(bar.value), bar.value > 0 ? 2 : 0)} height={rowHeight - 8} rx={3} className="chart__bar" />
            </g>
          );
        })}
        {/* The threshold crosses the bars, and the values are written over it. */}
        {threshold && (
          <g className="chart__threshold">
            <line x1={labelWidth + scale(threshold.value)} x2={labelWidth + scale(threshold.value)} y1={top - 2} y2={height} strokeDasharray="5 3" />
            <text x={labelWidth + scale(threshold.value)} y={12} textAnchor="middle">
              {threshold.label}
            </text>
          </g>
        )}
        {bars.map((bar, index) => (
          <text key={bar.label} x={labelWidth + scale(bar.value) + 6} y={index * rowHeight + 20 + top} className="chart__value">
            {format(bar.value)}
          </text>
        ))}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>
                {format(bar.value)} {unit}
              </td>
            </tr>
          ))}
          {threshold && (
            <tr>
              <th scope="row">{threshold.label}</th>
              <td>
                {format(threshold.value)} {unit}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </figure>
  );
}
