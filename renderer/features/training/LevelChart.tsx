// The DigCompEdu profile as one stacked bar per area: the share of staff on each level,
// A1 left to C2 right, with the level written inside every segment wide enough to hold it
// (so the levels do not depend on colour), the mean now and last year beside it, and the
// same numbers in a table for screen readers.
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../shared/format.ts';
import type { AssessmentYear } from '../../../shared/policy/assessment.ts';
import { areaLevel, digCompAreas, digCompLevels, type DigCompArea, type LevelCounts } from '../../../shared/training/schema.ts';
import { formatMean, levelOfMean, staffInArea } from './view.ts';

interface LevelChartProps {
  year: AssessmentYear;
  previousYear: AssessmentYear | undefined;
  counts: Partial<Record<DigCompArea, LevelCounts>>;
  previous: Partial<Record<DigCompArea, LevelCounts>>;
}

const labelWidth = 250;
const barWidth = 380;
const gap = 14;
const meanWidth = 200;
const rowHeight = 46;
const barHeight = 26;

export function LevelChart({ year, previousYear, counts, previous }: LevelChartProps) {
  const { t } = useTranslation();
  const width = labelWidth + barWidth + gap + meanWidth;
  const height = digCompAreas.length * rowHeight + 6;
  const title = t('training.chartTitle', { year });
  const meanText = (c: LevelCounts | undefined) => {
    const mean = areaLevel(c);
    return mean === null ? '—' : t('training.meanShort', { level: levelOfMean(mean), value: formatMean(mean) });
  };

  return (
    <figure className="chart level-chart">
      <figcaption className="chart__title">{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={title} preserveAspectRatio="xMinYMin meet">
        {digCompAreas.map((area, row) => {
          const y = row * rowHeight + 4;
          const areaCounts = counts[area];
          const staff = staffInArea(areaCounts);
          const before = (index: number) => (areaCounts ?? []).slice(0, index).reduce((sum, n) => sum + n, 0);
          return (
            <g key={area}>
              <text x={labelWidth - 10} y={y + barHeight / 2 + 4} textAnchor="end" className="chart__label level-chart__area">
                {t(`training.areas.${area}`)}
              </text>
              <rect x={labelWidth} y={y} width={barWidth} height={barHeight} className="level-chart__track" />
              {staff > 0 &&
                digCompLevels.map((level, index) => {
                  const n = areaCounts?.[index] ?? 0;
                  if (n === 0) return null;
                  const segment = (barWidth * n) / staff;
                  const start = labelWidth + (barWidth * before(index)) / staff;
                  return (
                    <g key={level}>
                      <rect x={start} y={y} width={segment} height={barHeight} className={`level-seg level-seg--${index}`}>
                        <title>{`${t(`training.levels.${level}`)}: ${formatInteger(n)}`}</title>
                      </rect>
                      {segment >= 24 && (
                        <text
                          x={start + segment / 2}
                          y={y + barHeight / 2 + 4}
                          textAnchor="middle"
                          className={`level-seg__label level-seg__label--${index}`}
                        >
                          {level}
                        </text>
                      )}
                    </g>
                  );
                })}
              {staff === 0 && (
                <text x={labelWidth + 8} y={y + barHeight / 2 + 4} className="chart__label">
                  {t('training.notFilledIn')}
                </text>
              )}
              <text x={labelWidth + barWidth + gap} y={y + 11} className="chart__value">
                {meanText(areaCounts)}
              </text>
              {previousYear && (
                <text x={labelWidth + barWidth + gap} y={y + 29} className="chart__label">
                  {t('training.previousMean', { year: previousYear, mean: meanText(previous[area]) })}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="level-legend" aria-hidden="true">
        {digCompLevels.map((level, index) => (
          <li key={level}>
            <span className={`level-legend__swatch level-seg--${index}`} />
            {t(`training.levels.${level}`)}
          </li>
        ))}
      </ul>
      {/* The wrapper hides the table: a table itself will not shrink to the 1px of visually-hidden. */}
      <div className="visually-hidden">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.area')}</th>
              {digCompLevels.map((level) => (
                <th scope="col" key={level}>
                  {t(`training.levels.${level}`)}
                </th>
              ))}
              <th scope="col">{t('training.meanIn', { year })}</th>
              {previousYear && <th scope="col">{t('training.meanIn', { year: previousYear })}</th>}
            </tr>
          </thead>
          <tbody>
            {digCompAreas.map((area) => (
              <tr key={area}>
                <th scope="row">{t(`training.areas.${area}`)}</th>
                {digCompLevels.map((level, index) => (
                  <td key={level}>{formatInteger(counts[area]?.[index] ?? 0)}</td>
                ))}
                <td>{meanText(counts[area])}</td>
                {previousYear && <td>{meanText(previous[area])}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
