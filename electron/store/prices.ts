// Reference price lists, shared by every plan: each imported version is a row, kept.
import { ReferenceItemSchema, type ReferenceList } from '../../shared/prices/schema.ts';
import { AppError } from '../../shared/result.ts';
import { z } from 'zod';
import type { Db } from './database.ts';
import type { Row } from './journal.ts';

interface ListRow {
  id: string;
  name: string;
  source: string;
  published_on: string;
  valid_from: string;
  valid_to: string;
  is_example: number;
  imported_at: string;
  sha256: string;
  items: string;
}

const ItemsSchema = z.array(ReferenceItemSchema);

/**
 * Items already checked, by list id and content hash: a stored version never changes, and
 * every edit's findings compare against the lists, so they are parsed once.
 */
const checkedItems = new Map<string, ReferenceList['items']>();

function itemsOf(row: ListRow): ReferenceList['items'] {
  const key = `${row.id}:${row.sha256}`;
  const known = checkedItems.get(key);
  if (known) return known;
  const items = ItemsSchema.safeParse(JSON.parse(row.items));
  if (!items.success) throw new AppError('DB_CORRUPT', 'errors.partCorrupt', { params: { part: 'reference_price_lists' } });
  checkedItems.set(key, items.data);
  return items.data;
}

export function readReferenceLists(db: Db): ReferenceList[] {
  const rows = db.prepare('SELECT * FROM reference_price_lists ORDER BY published_on DESC, imported_at DESC').all() as ListRow[];
  return rows.map((row) => {
    const items = itemsOf(row);
    return {
      id: row.id,
      name: row.name,
      source: row.source,
      publishedOn: row.published_on,
      validFrom: row.valid_from,
      validTo: row.valid_to,
      isExample: row.is_example === 1,
      importedAt: row.imported_at,
      sha256: row.sha256,
      items,
    };
  });
}

export function listToRow(list: ReferenceList): Row {
  return {
    id: list.id,
    name: list.name,
    source: list.source,
    published_on: list.publishedOn,
    valid_from: list.validFrom,
    valid_to: list.validTo,
    is_example: list.isExample ? 1 : 0,
    imported_at: list.importedAt,
    sha256: list.sha256,
    items: JSON.stringify(list.items),
  };
}
