// Two bars per row in SVG, e.g. what is needed beside what is available per school year:
// the first solid, the second hatched, both with their value written beside them, and a
// flag in words at the end of a row (a shortfall), so nothing rests on colour alone. The
// same numbers sit in a table for screen readers.
import { useId } from 'react';

export interface PairedRow {
  key: string;
  label: string;
  first: number;
  /** Null: no figure for this row; `missingText` is written instead of a bar. */
  second: number | null;
  /** What to write where the second figure is missing, e.g. "not filled in". */
  missingText: string;
  /** A word or two at the row's end that says what matters (e.g. "tekort € 1.200"). */
  flag?: string;
}

interface PairedBarChartProps {
  title: string;
  rows: PairedRow[];
  firstLabel: string;
  secondLabel: string;
  format: (value: number) => string;
  rowHeader: string;
  flagHeader: string;
}

const labelWidth = 120;
const barWidth = 470;
const valueWidth = 110;
const flagWidth = 200;
const barHeight = 14;
const rowHeight = 2 * barHeight + 16;

export function PairedBarChart({ title, rows, firstLabel, secondLabel, format, rowHeader, flagHeader }: PairedBarChartProps) {
  const hatch = `hatch-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const max = Math.max(1, ...rows.flatMap((row) => [row.first, row.second ?? 0]));
  const width = labelWidth + barWidth + valueWidth + flagWidth;
  const height = rows.length * rowHeight + 4;
  const scale = (value: number) => (barWidth * value) / max;

  return (
    <figure className="chart paired-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="chart-legend__swatch paired-chart__swatch--first" />
          {firstLabel}
        </li>
        <li>
          <span className="chart-legend__swatch paired-chart__swatch--second" />
          {secondLabel}
        </li>
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        <defs>
          <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" className="paired-chart__hatch-ground" />
            <line x1="0" y1="0" x2="0" y2="6" className="paired-chart__hatch-line" />
          </pattern>
        </defs>
        {rows.map((row, index) => {
          const y = index * rowHeight + 4;
          const firstWidth = scale(row.first);
          const secondWidth = row.second === null ? 0 : scale(row.second);
          return (
            <g key={row.key}>
              <text x={labelWidth - 8} y={y + barHeight + 5} textAnchor="end" className="chart__label">
                {row.label}
              </text>
              <rect x={labelWidth} y={y} width={Math.max(firstWidth, row.first > 0 ? 2 : 0)} height={barHeight} className="paired-chart__first" />
              <text x={labelWidth + firstWidth + 6} y={y + barHeight - 3} className="chart__value">
                {format(row.first)}
              </text>
              {row.second === null ? (
                <text x={labelWidth} y={y + 2 * barHeight - 1} className="chart__label">
                  {row.missingText}
                </text>
              ) : (
                <>
                  <rect
                    x={labelWidth}
                    y={y + barHeight + 2}
                    width={Math.max(secondWidth, row.second > 0 ? 2 : 0)}
                    height={barHeight}
                    fill={`url(#${hatch})`}
                    className="paired-chart__second"
                  />
                  <text x={labelWidth + secondWidth + 6} y={y + 2 * barHeight - 1} className="chart__value">
                    {format(row.second)}
                  </text>
                </>
              )}
              {row.flag && (
                <text x={labelWidth + barWidth + valueWidth} y={y + barHeight + 5} className="paired-chart__flag">
                  {row.flag}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              <th scope="col">{firstLabel}</th>
              <th scope="col">{secondLabel}</th>
              <th scope="col">{flagHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                <td>{format(row.first)}</td>
                <td>{row.second === null ? row.missingText : format(row.second)}</td>
                <td>{row.flag ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
