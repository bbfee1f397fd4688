// A radar (spider) chart in plain SVG with the same numbers in a hidden table. Series
// differ in colour AND line style AND marker shape, so nothing depends on colour alone;
// a missing value is a gap in the line and a "not scored" note at its axis, never a fake
// zero. Presentation sits in attributes rather than the app's stylesheet, so the same
// markup can be rendered on its own (e.g. into an export).
export interface RadarAxis {
  id: string;
  label: string;
}

export interface RadarSeriesStyle {
  stroke: string;
  /** Fill of the closed shape; only drawn when every axis has a value. */
  fill?: string;
  /** SVG dash pattern, e.g. `6 4`; solid when absent. */
  dash?: string;
  marker: 'circle' | 'square';
}

export interface RadarSeries {
  label: string;
  /** One value per axis, in the axes' order; null where nothing was measured. */
  values: readonly (number | null)[];
  style: RadarSeriesStyle;
}

/** Two styles that tell series apart without colour: solid with dots, dashed with squares. */
export const radarStyles = {
  primary: { stroke: '#0b6361', fill: 'rgba(11, 99, 97, 0.16)', marker: 'circle' },
  secondary: { stroke: '#9a4a00', dash: '7 5', marker: 'square' },
} as const satisfies Record<string, RadarSeriesStyle>;

export interface RadarChartProps {
  title: string;
  /** The accessible name of the picture; the title when absent. */
  description?: string;
  axes: readonly RadarAxis[];
  series: readonly RadarSeries[];
  /** The value at the centre and at the outer ring. */
  min: number;
  max: number;
  /** Values that get a ring and a number, e.g. 1 to 5. */
  ticks: readonly number[];
  /** Shown at an axis without a value in the first series, in the legend and in the table. */
  missingLabel: string;
  formatValue?: (value: number) => string;
  /** Heading of the table's first column. */
  axisHeading: string;
}

const oneDecimal = new Intl.NumberFormat('nl-BE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const WIDTH = 640;
const RADIUS = 150;
const LABEL_GAP = 16;
const FONT_SIZE = 14;
const LINE_HEIGHT = 16;
const LABEL_CHARS = 19;
const LEGEND_ROW = 22;
const INK = '#1d2b2a';
const INK_SOFT = '#4a5a58';
const GRID = '#c9cec6';

/** Breaks a label into lines of at most `max` characters, on spaces. */
export function wrapLabel(text: string, max = LABEL_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

interface Point {
  x: number;
  y: number;
}

function marker(style: RadarSeriesStyle, point: Point, title: string, key: string) {
  const tooltip = <title>{title}</title>;
  if (style.marker === 'square') {
    return (
      <rect key={key} x={point.x - 4} y={point.y - 4} width={8} height={8} fill="#fff" stroke={style.stroke} strokeWidth={2}>
        {tooltip}
      </rect>
    );
  }
  return (
    <circle key={key} cx={point.x} cy={point.y} r={4.5} fill={style.stroke} stroke="#fff" strokeWidth={1.5}>
      {tooltip}
    </circle>
  );
}

export function RadarChart({
  title,
  description,
  axes,
  series,
  min,
  max,
  ticks,
  missingLabel,
  formatValue = (value) => oneDecimal.format(value),
  axisHeading,
}: RadarChartProps) {
  const count = axes.length;
  const top = 64;
  const cx = WIDTH / 2;
  const cy = top + RADIUS;
  const legendTop = cy + RADIUS + 70;
  const height = legendTop + series.length * LEGEND_ROW + 8;

  const angle = (index: number) => (2 * Math.PI * index) / Math.max(count, 1);
  const at = (index: number, value: number): Point => {
    const share = Math.min(Math.max((value - min) / (max - min), 0), 1);
    const r = share * RADIUS;
    return { x: cx + r * Math.sin(angle(index)), y: cy - r * Math.cos(angle(index)) };
  };
  const ring = (value: number) =>
    axes.map((_, index) => at(index, value)).map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

  const firstMissing = (index: number) => series.length > 0 && series[0]!.values[index] == null;

  return (
    <figure className="chart radar">
      <figcaption className="chart__title">{title}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={description ?? title}
        preserveAspectRatio="xMidYMin meet"
        fontFamily="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif"
        className="radar__svg"
      >
        <rect x={0} y={0} width={WIDTH} height={height} fill="#fff" />
        {/* Rings and spokes */}
        {ticks.map((tick) => (
          <polygon key={`ring-${tick}`} points={ring(tick)} fill="none" stroke={GRID} strokeWidth={1} />
        ))}
        {axes.map((axis, index) => {
          const end = at(index, max);
          return <line key={`spoke-${axis.id}`} x1={cx} y1={cy} x2={end.x} y2={end.y} stroke={GRID} strokeWidth={1} />;
        })}

        {/* Series: a closed shape when complete, otherwise only the segments between measured neighbours. */}
        {series.map((one, seriesIndex) => {
          const { style } = one;
          const complete = one.values.length === count && one.values.every((value) => value != null);
          const dash = style.dash;
          const points = one.values.map((value, index) => (value == null ? null : at(index, value)));
          const segments: [Point, Point][] = [];
          if (!complete) {
            points.forEach((point, index) => {
              const next = points[(index + 1) % count];
              if (point && next && count > 2) segments.push([point, next]);
            });
          }
          return (
            <g key={`series-${seriesIndex}`}>
              {complete ? (
                <polygon
                  points={points.map((p) => `${p!.x.toFixed(1)},${p!.y.toFixed(1)}`).join(' ')}
                  fill={style.fill ?? 'none'}
                  stroke={style.stroke}
                  strokeWidth={2.5}
                  strokeDasharray={dash}
                  strokeLinejoin="round"
                />
              ) : (
                segments.map(([from, to], index) => (
                  <line
                    key={index}
                    x1={from.x}
                    y1={from.y}
                    x2={to.x}
                    y2={to.y}
                    stroke={style.stroke}
                    strokeWidth={2.5}
                    strokeDasharray={dash}
                    strokeLinecap="round"
                  />
                ))
              )}
              {points.map((point, index) =>
                point
                  ? marker(style, point, `${axes[index]?.label ?? ''}: ${one.label} ${formatValue(one.values[index]!)}`, `m-${index}`)
                  : null,
              )}
            </g>
          );
        })}

        {/* Ring numbers along the first spoke, with a white halo so lines never cross them. */}
        {ticks.map((tick) => {
          const point = at(0, tick);
          return (
            <text
              key={`tick-${tick}`}
              x={point.x + 8}
              y={point.y + 4}
              fontSize={12}
              fill={INK_SOFT}
              stroke="#fff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {Number.isInteger(tick) ? String(tick) : formatValue(tick)}
            </text>
          );
        })}

        {/* Axis labels, anchored away from the centre, with "not scored" where the first series has nothing. */}
        {axes.map((axis, index) => {
          const sin = Math.sin(angle(index));
          const cos = Math.cos(angle(index));
          const r = RADIUS + LABEL_GAP;
          const x = cx + r * sin;
          const y = cy - r * cos;
          const anchor = Math.abs(sin) < 0.25 ? 'middle' : sin > 0 ? 'start' : 'end';
          const lines = wrapLabel(axis.label);
          const missing = firstMissing(index);
          const total = lines.length + (missing ? 1 : 0);
          const blockHeight = total * LINE_HEIGHT;
          const firstBaseline =
            cos > 0.35 ? y - blockHeight + FONT_SIZE - 3 : cos < -0.35 ? y + FONT_SIZE : y - blockHeight / 2 + FONT_SIZE - 2;
          return (
            <text key={`label-${axis.id}`} x={x} y={firstBaseline} textAnchor={anchor} fontSize={FONT_SIZE} fill={INK}>
              {lines.map((line, lineIndex) => (
                <tspan key={lineIndex} x={x} dy={lineIndex === 0 ? 0 : LINE_HEIGHT} fontWeight={600}>
                  {line}
                </tspan>
              ))}
              {missing && (
                <tspan x={x} dy={lines.length === 0 ? 0 : LINE_HEIGHT} fontStyle="italic" fill={INK_SOFT}>
                  ({missingLabel})
                </tspan>
              )}
            </text>
          );
        })}

        {/* Legend: a sample of each line with its marker. */}
        {series.map((one, index) => {
          const y = legendTop + index * LEGEND_ROW;
          const empty = one.values.every((value) => value == null);
          const x = cx - 150;
          return (
            <g key={`legend-${index}`}>
              <line x1={x} y1={y} x2={x + 36} y2={y} stroke={one.style.stroke} strokeWidth={2.5} strokeDasharray={one.style.dash} />
              {marker(one.style, { x: x + 18, y }, one.label, 'marker')}
              <text x={x + 46} y={y + 4.5} fontSize={FONT_SIZE} fill={INK}>
                {empty ? `${one.label}: ${missingLabel}` : one.label}
              </text>
            </g>
          );
        })}
      </svg>
      {/* The wrapper, not the table, is hidden: a table cannot shrink to 1px and would widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{axisHeading}</th>
              {series.map((one, index) => (
                <th scope="col" key={index}>
                  {one.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {axes.map((axis, index) => (
              <tr key={axis.id}>
                <th scope="row">{axis.label}</th>
                {series.map((one, seriesIndex) => {
                  const value = one.values[index];
                  return <td key={seriesIndex}>{value == null ? missingLabel : formatValue(value)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
