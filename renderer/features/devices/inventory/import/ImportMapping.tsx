// The column mapping of an import: for each field of an inventory line, which column of
// the file fills it. Pre-filled from the preview; guesses are marked so they get a look.
import { useTranslation } from 'react-i18next';
import { importTargets, type ImportPreview, type ImportTarget } from '../../../../../shared/devices/import.ts';

export const NOT_USED = '';

interface MappingProps {
  preview: ImportPreview;
  overrides: Partial<Record<ImportTarget, string>>;
  onChange: (target: ImportTarget, header: string) => void;
  disabled: boolean;
}

export function ImportMapping({ preview, overrides, onChange, disabled }: MappingProps) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table inv-import-mapping">
        <caption className="visually-hidden">{t('inventoryImport.mapping.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inventoryImport.mapping.field')}</th>
            <th scope="col">{t('inventoryImport.mapping.column')}</th>
            <th scope="col">{t('inventoryImport.mapping.how')}</th>
          </tr>
        </thead>
        <tbody>
          {importTargets.map((target) => {
            const chosen = overrides[target] ?? preview.mapping[target] ?? NOT_USED;
            const guessed = overrides[target] === undefined && preview.guessed.includes(target);
            const id = `import-map-${target}`;
            return (
              <tr key={target}>
                <th scope="row">
                  <label htmlFor={id}>{t(`inventoryImport.targets.${target}`)}</label>
                  {target === 'type' && <span className="inv-import-required"> {t('inventoryImport.mapping.required')}</span>}
                </th>
                <td>
                  <select id={id} className="field__input" value={chosen} disabled={disabled} onChange={(event) => onChange(target, event.target.value)}>
                    <option value={NOT_USED}>{t('inventoryImport.mapping.notUsed')}</option>
                    {/* Two columns read as one (brand + model) are offered as they were guessed. */}
                    {chosen !== NOT_USED && !preview.headers.includes(chosen) && <option value={chosen}>{chosen}</option>}
                    {preview.headers.map((header, i) => (
                      <option key={`${i}-${header}`} value={header}>
                        {header || t('inventoryImport.mapping.unnamed', { number: i + 1 })}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  {chosen === NOT_USED ? (
                    <span className="muted">{t('inventoryImport.mapping.unused')}</span>
                  ) : guessed ? (
                    <span className="inv-import-guessed">{t('inventoryImport.mapping.guessed')}</span>
                  ) : overrides[target] !== undefined ? (
                    t('inventoryImport.mapping.chosen')
                  ) : (
                    t('inventoryImport.mapping.given')
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
