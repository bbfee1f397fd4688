// The price lists, newest first: where each comes from, when it was published and for which
// period it holds, when it was imported and its fingerprint. The example list says what it
// is in words; it cannot be deleted, imported lists can (with undo).
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatInteger, formatTimestamp } from '../../../shared/format.ts';
import type { ReferenceList } from '../../../shared/prices/schema.ts';
import { useWrite } from '../../api/hooks.tsx';
import { Button } from '../../components/Button.tsx';
import { fieldDomId } from '../../components/Field.tsx';
import { useConfirmedDelete } from '../../components/useConfirmedDelete.tsx';
import { shortHash } from '../devices/procurement/view.ts';
import { ImportListDialog } from './ImportListDialog.tsx';
import { priceListsKey } from './queries.ts';

export function validity(list: Pick<ReferenceList, 'validFrom' | 'validTo'>, t: (key: string, params?: Record<string, string>) => string): string {
  return list.validTo === ''
    ? t('prices.validFrom', { from: formatDate(list.validFrom) })
    : t('prices.validBetween', { from: formatDate(list.validFrom), to: formatDate(list.validTo) });
}

/** The example list says what it is in words, wherever it appears; `short` inside busy tables. */
export function ExampleFlag({ short = false }: { short?: boolean }) {
  const { t } = useTranslation();
  return <strong className={short ? 'example-flag example-flag--short' : 'example-flag'}>{t(short ? 'prices.exampleShort' : 'prices.exampleFlag')}</strong>;
}

interface PriceListsProps {
  lists: ReferenceList[];
  loading: boolean;
  shownId: string | null;
  onShow: (listId: string) => void;
}

export function PriceLists({ lists, loading, shownId, onShow }: PriceListsProps) {
  const { t } = useTranslation();
  const write = useWrite();
  const client = useQueryClient();
  const [importing, setImporting] = useState(false);
  const remove = useConfirmedDelete<ReferenceList>({
    scope: 'library',
    undoLabelKey: 'undo.deletePriceList',
    texts: (list) => ({
      title: t('prices.deleteTitle'),
      body: t('prices.deleteBody', { name: list.name }),
      confirm: t('prices.deleteConfirm'),
      deleted: t('prices.deleted', { name: list.name }),
      restored: t('prices.restored', { name: list.name }),
    }),
    remove: async (list) => {
      await write('prices.delete', { listId: list.id });
      // The lists and every plan's findings (which compare with them) change.
      await client.invalidateQueries({ queryKey: priceListsKey });
      await client.invalidateQueries({ queryKey: ['plan'] });
    },
  });

  return (
    <section aria-labelledby="price-lists-heading">
      <div className="section-header">
        <h2 id="price-lists-heading">{t('prices.lists')}</h2>
        <Button variant="primary" id={fieldDomId('lists')} onClick={() => setImporting(true)}>
          {t('prices.import')}
        </Button>
      </div>
      <p className="muted">{t('prices.listsIntro')}</p>
      {loading ? (
        <p className="muted" role="status">
          {t('prices.loading')}
        </p>
      ) : lists.length === 0 ? (
        <p className="notice">{t('prices.noLists')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table price-lists">
            <caption className="visually-hidden">{t('prices.lists')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('prices.listName')}</th>
                <th scope="col">{t('prices.published')}</th>
                <th scope="col">{t('prices.validity')}</th>
                <th scope="col">{t('prices.importedAndFingerprint')}</th>
                <th scope="col" className="numeric">
                  {t('prices.itemCount')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('prices.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lists.map((list) => (
                <tr key={list.id} className={list.id === shownId ? 'is-shown' : undefined}>
                  <th scope="row" className="price-lists__name">
                    <span className="table__primary">{list.name}</span>
                    {list.isExample && (
                      <>
                        {' '}
                        <ExampleFlag />
                      </>
                    )}
                    <span className="price-lists__source">{list.source}</span>
                  </th>
                  <td className="nowrap">{formatDate(list.publishedOn)}</td>
                  <td>{validity(list, t)}</td>
                  <td>
                    <span className="nowrap">{list.isExample ? <span className="muted">{t('prices.builtIn')}</span> : formatTimestamp(list.importedAt)}</span>
                    <span className="price-lists__hash">
                      SHA-256 <code title={list.sha256}>{shortHash(list.sha256)}</code>
                    </span>
                  </td>
                  <td className="numeric">{formatInteger(list.items.length)}</td>
                  <td>
                    <div className="row-actions">
                      <Button
                        variant="ghost"
                        aria-pressed={list.id === shownId}
                        aria-label={t('prices.showNamed', { name: list.name })}
                        onClick={() => onShow(list.id)}
                      >
                        {t('prices.show')}
                      </Button>
                      {!list.isExample && (
                        <Button
                          variant="ghost"
                          className="danger-text"
                          aria-label={t('prices.deleteNamed', { name: list.name })}
                          onClick={() => remove.ask(list)}
                        >
                          {t('prices.delete')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {importing && (
        <ImportListDialog
          onClose={() => setImporting(false)}
          onImported={(list) => {
            setImporting(false);
            onShow(list.id);
          }}
        />
      )}
      {remove.dialog}
    </section>
  );
}
