// A yearly rent on a money scale: the Rekenhof band (0–150 euro) as a shaded stretch, the
// cost basis and the reference price as lines, the proposed fee as a marker. Every mark
// carries its words and amount, and the same numbers sit in a table for screen readers.
import { useTranslation } from 'react-i18next';
import { rekenhofBand } from '../../../../shared/fees/cost-basis.ts';
import { formatMoney, formatWholeEuros } from '../../../../shared/money.ts';
import { scaleMaximum } from './view.ts';

interface BandChartProps {
  /** The proposed fee per school year. */
  feeCents: number;
  basisCents: number | null;
  referenceCents: number | null;
  title: string;
}

const WIDTH = 420;
const LEFT = 12;
const RIGHT = 20;
const AXIS_Y = 62;

export function BandChart({ feeCents, basisCents, referenceCents, title }: BandChartProps) {
  const { t } = useTranslation();
  const max = scaleMaximum([feeCents, basisCents, referenceCents], rekenhofBand.maxCents);
  const x = (cents: number) => LEFT + Math.round(((WIDTH - LEFT - RIGHT) * Math.min(cents, max)) / max);
  const ticks = Array.from({ length: Math.floor(max / 5_000) + 1 }, (_, index) => index * 5_000);
  const band = { from: x(rekenhofBand.minCents), to: x(rekenhofBand.maxCents) };
  // Labels below the axis: the lower amount written to the left of its line, the higher one a
  // row further down to its right, so two amounts close together never cross each other's line.
  const marks = [
    basisCents === null ? null : { key: 'basis', cents: basisCents, label: t('fees.lines.chart.basis', { amount: formatMoney(basisCents) }), dash: '6 3' },
    referenceCents === null
      ? null
      : { key: 'reference', cents: referenceCents, label: t('fees.lines.chart.reference', { amount: formatMoney(referenceCents) }), dash: '2 3' },
  ]
    .filter((mark) => mark !== null)
    .sort((a, b) => a.cents - b.cents);
  const below = marks.map((mark, index) => {
    const left = index === 0 && marks.length > 1 && x(mark.cents) > 120;
    const right = !left && x(mark.cents) > WIDTH - 120;
    return { ...mark, row: index, textX: left || right ? x(mark.cents) - 4 : x(mark.cents) + 4, textAnchor: left || right ? ('end' as const) : ('start' as const) };
  });
  const anchor = (cents: number) => (x(cents) < 90 ? 'start' : x(cents) > WIDTH - 90 ? 'end' : 'middle');

  return (
    <figure className="band-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} 128`} width="100%" role="img" aria-label={describe()} preserveAspectRatio="xMinYMin meet">
        <rect x={band.from} y={AXIS_Y - 26} width={band.to - band.from} height={26} className="band-chart__band" />
        <text x={band.from + 6} y={AXIS_Y - 9} className="band-chart__band-label">
          {t('fees.lines.chart.band', { max: formatWholeEuros(rekenhofBand.maxCents) })}
        </text>
        <line x1={LEFT} x2={WIDTH - RIGHT} y1={AXIS_Y} y2={AXIS_Y} className="band-chart__axis" />
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={AXIS_Y} y2={AXIS_Y + 4} className="band-chart__axis" />
            <text x={x(tick)} y={AXIS_Y + 15} textAnchor="middle" className="chart__label">
              {formatWholeEuros(tick)}
            </text>
          </g>
        ))}
        {below.map((mark) => (
          <g key={mark.key} className={`band-chart__mark band-chart__mark--${mark.key}`}>
            {/* Broken at the axis's amounts, so the line never runs through them. */}
            <line x1={x(mark.cents)} x2={x(mark.cents)} y1={AXIS_Y - 30} y2={AXIS_Y + 3} strokeDasharray={mark.dash} />
            <line x1={x(mark.cents)} x2={x(mark.cents)} y1={AXIS_Y + 19} y2={AXIS_Y + 34 + mark.row * 16} strokeDasharray={mark.dash} />
            <text x={mark.textX} y={AXIS_Y + 34 + mark.row * 16} textAnchor={mark.textAnchor} className="chart__label">
              {mark.label}
            </text>
          </g>
        ))}
        <g className="band-chart__fee">
          <path d={`M ${x(feeCents)} ${AXIS_Y - 2} l -7 -12 h 14 z`} />
          <text x={x(feeCents)} y={AXIS_Y - 34} textAnchor={anchor(feeCents)} className="chart__value">
            {t('fees.lines.chart.fee', { amount: formatMoney(feeCents) })}
          </text>
        </g>
      </svg>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <tbody>
          <tr>
            <th scope="row">{t('fees.lines.chart.feeRow')}</th>
            <td>{formatMoney(feeCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('fees.lines.chart.basisRow')}</th>
            <td>{basisCents === null ? t('fees.lines.chart.noValue') : formatMoney(basisCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('fees.lines.chart.referenceRow')}</th>
            <td>{referenceCents === null ? t('fees.lines.chart.noValue') : formatMoney(referenceCents)}</td>
          </tr>
          <tr>
            <th scope="row">{t('fees.lines.chart.bandRow')}</th>
            <td>
              {formatMoney(rekenhofBand.minCents)} – {formatMoney(rekenhofBand.maxCents)}
            </td>
          </tr>
        </tbody>
      </table>
    </figure>
  );

  function describe(): string {
    return t('fees.lines.chart.summary', {
      fee: formatMoney(feeCents),
      basis: basisCents === null ? t('fees.lines.chart.noValue') : formatMoney(basisCents),
      reference: referenceCents === null ? t('fees.lines.chart.noValue') : formatMoney(referenceCents),
      max: formatMoney(rekenhofBand.maxCents),
    });
  }
}
