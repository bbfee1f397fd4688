// Horizontal stacked bars in SVG: one bar per row, one segment per series, in the legend's
// order left to right, each segment with its value written in it when it fits and a tooltip
// when it does not. The same numbers sit in a table for screen readers, so nothing depends
// on telling the colours apart.
import { chartSeriesClass } from './series.ts';

export interface StackedSeries {
  key: string;
  label: string;
}

export interface StackedRow {
  key: string;
  label: string;
  /** One value per series, in the order of `series`; never negative. */
  values: number[];
  /** The bar's total as written at its end; the sum of the values unless given. */
  totalText?: string;
}

interface StackedBarChartProps {
  title: string;
  series: StackedSeries[];
  rows: StackedRow[];
  format: (value: number) => string;
  /** Header of the table's first column (what a row is: "Leeftijd", "Optie"). */
  rowHeader: string;
  totalHeader: string;
  /** A note under the title, e.g. what the values are per. */
  note?: string;
}

const labelWidth = 240;
const barWidth = 520;
const totalWidth = 120;
const rowHeight = 30;
const barHeight = 20;
/** About how wide a character of the 12px value text is, to decide whether it fits. */
const charWidth = 7;
/** Longer row labels are cut short with an ellipsis; the full text is in the tooltip and the table. */
const maxLabelChars = 30;

const shortLabel = (label: string) => (label.length > maxLabelChars ? `${label.slice(0, maxLabelChars - 1).trimEnd()}…` : label);

export function StackedBarChart({ title, series, rows, format, rowHeader, totalHeader, note }: StackedBarChartProps) {
  const totals = rows.map((row) => row.values.reduce((sum, value) => sum + value, 0));
  const max = Math.max(1, ...totals);
  const width = labelWidth + barWidth + totalWidth;
  const height = rows.length * rowHeight + 6;

  return (
    <figure className="chart stacked-chart">
      <figcaption className="chart__title">
        {title}
        {note && <span className="chart__note">{note}</span>}
      </figcaption>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((entry, index) => (
          <li key={entry.key}>
            <span className={`chart-legend__swatch ${chartSeriesClass(index)}`} />
            {entry.label}
          </li>
        ))}
      </ul>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {rows.map((row, rowIndex) => {
          const y = rowIndex * rowHeight + 4;
          let x = labelWidth;
          const total = totals[rowIndex]!;
          return (
            <g key={row.key}>
              <text x={labelWidth - 8} y={y + barHeight / 2 + 4} textAnchor="end" className="chart__label">
                {row.label.length > maxLabelChars && <title>{row.label}</title>}
                {shortLabel(row.label)}
              </text>
              {row.values.map((value, index) => {
                if (value <= 0) return null;
                const segment = (barWidth * value) / max;
                const start = x;
                x += segment;
                const text = format(value);
                const entry = series[index]!;
                return (
                  <g key={entry.key}>
                    <rect x={start} y={y} width={segment} height={barHeight} className={`chart-segment ${chartSeriesClass(index)}`}>
                      <title>{`${entry.label}: ${text}`}</title>
                    </rect>
                    {segment >= text.length * charWidth + 8 && (
                      <text x={start + segment / 2} y={y + barHeight / 2 + 4} textAnchor="middle" className="chart-segment__label">
                        {text}
                      </text>
                    )}
                  </g>
                );
              })}
              <text x={labelWidth + (barWidth * total) / max + 6} y={y + barHeight / 2 + 4} className="chart__value">
                {row.totalText ?? format(total)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The wrapper hides the table: a table itself will not shrink to the 1px of visually-hidden. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{rowHeader}</th>
              {series.map((entry) => (
                <th scope="col" key={entry.key}>
                  {entry.label}
                </th>
              ))}
              <th scope="col">{totalHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, rowIndex) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {series.map((entry, index) => (
                  <td key={entry.key}>{format(row.values[index] ?? 0)}</td>
                ))}
                <td>{row.totalText ?? format(totals[rowIndex]!)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
