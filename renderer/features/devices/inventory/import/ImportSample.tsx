// The preview of an import: the first rows (and every row with a problem) as the file has
// them, and what each becomes in the inventory, so a wrong mapping shows at a glance.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../../../shared/devices/import.ts';
import type { InventoryLineInputSchema } from '../../../../../shared/devices/schema.ts';
import { formatDate, formatInteger } from '../../../../../shared/format.ts';
import { formatMoney } from '../../../../../shared/money.ts';
import type { z } from 'zod';

type LineInput = z.output<typeof InventoryLineInputSchema>;

/** `Laptop · Lenovo ThinkPad L14 · 24 × · 01/09/2021 · € 780,00 · In gebruik`. */
export function lineSummary(line: LineInput, t: TFunction): string {
  const parts = [t(`devices.types.${line.type}`)];
  if (line.brandModel) parts.push(line.brandModel);
  parts.push(t('inventoryImport.sample.quantity', { count: line.quantity ?? 1, shown: formatInteger(line.quantity ?? 1) }));
  if (line.serial) parts.push(line.serial);
  if (line.startDate) parts.push(formatDate(line.startDate));
  if (line.unitPriceCents !== undefined && line.unitPriceCents !== null) {
    const unit = line.priceUnit && line.priceUnit !== 'once' ? ` ${t(`devices.priceUnits.${line.priceUnit}`)}` : '';
    parts.push(`${formatMoney(line.unitPriceCents)}${unit}`);
  }
  if (line.contract) parts.push(t(`devices.contracts.${line.contract}`));
  if (line.status) parts.push(t(`devices.statuses.${line.status}`));
  return parts.join(' · ');
}

export function ImportSample({ preview, skipped }: { preview: ImportPreview; skipped: ReadonlySet<number> }) {
  const { t } = useTranslation();
  if (preview.sample.length === 0) return null;
  return (
    <section aria-labelledby="import-sample-heading">
      <h3 id="import-sample-heading">{t('inventoryImport.sample.heading')}</h3>
      <p className="muted">{t('inventoryImport.sample.intro', { shown: formatInteger(preview.sample.length), total: formatInteger(preview.rows) })}</p>
      {/* The preview scrolls on its own: a tab stop, so the keyboard can scroll it too. */}
      <div className="table-scroll inv-import-sample" tabIndex={0} role="region" aria-labelledby="import-sample-heading">
        <table className="table">
          <caption className="visually-hidden">{t('inventoryImport.sample.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className="numeric">
                {t('inventoryImport.sample.row')}
              </th>
              {preview.headers.map((header, i) => (
                <th scope="col" key={`${i}-${header}`}>
                  {header || t('inventoryImport.mapping.unnamed', { number: i + 1 })}
                </th>
              ))}
              <th scope="col" className="inv-import-sample__becomes">
                {t('inventoryImport.sample.becomes')}
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => {
              const problemColumns = new Set(row.issues.map((issue) => issue.column));
              return (
                <tr key={row.row} className={row.issues.length > 0 ? 'inv-import-sample__problem' : undefined}>
                  <th scope="row" className="numeric">
                    {formatInteger(row.row)}
                  </th>
                  {preview.headers.map((header, i) => (
                    <td key={`${i}-${header}`} className={problemColumns.has(header) ? 'inv-import-cell--problem' : undefined}>
                      {problemColumns.has(header) && <span aria-hidden="true">⚠ </span>}
                      {row.cells[i] ?? ''}
                      {problemColumns.has(header) && <span className="visually-hidden"> ({t('inventoryImport.sample.cellProblem')})</span>}
                    </td>
                  ))}
                  <td className="inv-import-sample__becomes">
                    {skipped.has(row.row)
                      ? t('inventoryImport.sample.skipped')
                      : row.line
                        ? lineSummary(row.line, t)
                        : t('inventoryImport.sample.notYet', { count: row.issues.length })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
