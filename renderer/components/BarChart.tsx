// A small bar chart in SVG with the same numbers as a table for screen readers: people
// would rather look than read, and nobody should have to do either alone.
import { formatInteger } from '../../shared/format.ts';

export interface Bar {
  label: string;
  value: number;
}

export function BarChart({ title, bars, unit }: { title: string; bars: Bar[]; unit: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const rowHeight = 26;
  const labelWidth = 170;
  const chartWidth = 520;
  const height = bars.length * rowHeight + 8;
  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${chartWidth} ${height}`}
        width="100%"
        role="img"
        aria-label={title}
        preserveAspectRatio="xMinYMin meet"
      >
        {bars.map((bar, index) => {
          const y = index * rowHeight + 4;
          const width = Math.round(((chartWidth - labelWidth - 60) * bar.value) / max);
          return (
            <g key={bar.label}>
              <text x={labelWidth - 8} y={y + 16} textAnchor="end" className="chart__label">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 3} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={rowHeight - 8} rx={3} className="chart__bar" />
              <text x={labelWidth + width + 6} y={y + 16} className="chart__value">
                {formatInteger(bar.value)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.label}>
              <th scope="row">{bar.label}</th>
              <td>
                {formatInteger(bar.value)} {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
