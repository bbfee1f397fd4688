// The colours of a chart's series, by position: nine that stay apart for most kinds of
// colour blindness and carry white text. The styles sit under "Charts: series" in styles.css.
export const SERIES_COLOURS = 9;

export function chartSeriesClass(index: number): string {
  return `chart-series--${index % SERIES_COLOURS}`;
}
