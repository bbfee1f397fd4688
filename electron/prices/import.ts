// Reference price lists coming in: a knowledge-centre export as JSON, or a CSV a school keeps
// in a spreadsheet (Belgian `;`, decimal comma) with the list's details typed in the import
// dialog. Read strictly: one wrong row refuses the whole file, with issues that name the row,
// and nothing is stored. A list that reads well becomes a new version: an import never
// overwrites an earlier one, also not of the same list, so old purchases keep their prices.
import { createHash } from 'node:crypto';
import { parse as parseCsv } from 'csv-parse/sync';
import type { ChannelOutput, ParsedInput } from '../../shared/contract.ts';
import { normalizeWord } from '../../shared/devices/import-mapping.ts';
import { parseMoney } from '../../shared/money.ts';
import {
  ReferenceItemSchema,
  ReferenceListFileSchema,
  referenceCategories,
  referenceUnits,
  type ReferenceCategory,
  type ReferenceItem,
  type ReferenceList,
  type ReferenceUnit,
} from '../../shared/prices/schema.ts';
import { AppError, type IssueDetail } from '../../shared/result.ts';
import { issuesFromZod } from '../../shared/validation.ts';
import type { HandlerDeps } from '../handlers/types.ts';
import { decodeText, detectDelimiter } from '../import/read.ts';
import { decodeBase64 } from '../store/attachments.ts';
import { listToRow } from '../store/prices.ts';

/** A price list is a few hundred rows; anything near this size is not one. */
export const MAX_PRICE_FILE_BYTES = 5 * 1024 * 1024;

type Meta = NonNullable<ParsedInput<'prices.import'>['meta']>;
type ListFile = Omit<ReferenceList, 'id' | 'isExample' | 'importedAt' | 'sha256'>;

export function importReferenceList(deps: HandlerDeps, input: ParsedInput<'prices.import'>): ChannelOutput<'prices.import'> {
  const bytes = decodeBase64(input.file.contentBase64);
  if (bytes.length > MAX_PRICE_FILE_BYTES) refuse('validation.fileTooLarge');
  const text = readText(bytes);
  const file = isJson(input.file.fileName, text) ? readJsonList(text) : readCsvList(text, input.meta);
  const list: ReferenceList = {
    id: deps.newId(),
    ...file,
    isExample: false,
    importedAt: deps.store.nowIso(),
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  deps.store.mutate({ scope: 'library', labelKey: 'undo.importPriceList' }, (w) => w.insert('reference_price_lists', listToRow(list)));
  return list;
}

function refuse(messageKey: string, issues?: IssueDetail[], params?: Record<string, string | number>): never {
  const details = { ...(issues ? { issues } : {}), ...(params ? { params } : {}) };
  throw new AppError('INVALID_INPUT', messageKey, Object.keys(details).length > 0 ? details : undefined);
}

// ---- Text ----------------------------------------------------------------------------------

/**
 * The file's bytes as text, decoded as the inventory import does; anything with control
 * characters or undecodable bytes is not a text file, whatever its name says.
 */
function readText(bytes: Buffer): string {
  if (bytes.length === 0) refuse('errors.priceFileEmpty');
  const { text } = decodeText(bytes);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffd]/.test(text)) refuse('errors.priceFileUnreadable');
  if (text.trim() === '') refuse('errors.priceFileEmpty');
  return text;
}

function isJson(fileName: string, text: string): boolean {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'json') return true;
  if (extension === 'csv' || extension === 'txt' || extension === 'tsv') return false;
  return text.trimStart().startsWith('{');
}

// ---- Checking a list, whatever it came from ------------------------------------------------

const itemFields = ['code', 'label', 'category', 'unit', 'priceCents', 'vatIncluded'] as const;
type ItemField = (typeof itemFields)[number];

/** One item as read, with the row it stands on and what could not even be converted. */
interface Candidate {
  row: number;
  value: Record<string, unknown>;
  issues: IssueDetail[];
}

function rowIssue(index: number, row: number, field: string | null, messageKey: string, params: Record<string, string | number> = {}): IssueDetail {
  return { path: field === null ? ['items', index] : ['items', index, field], messageKey, params: { ...params, row } };
}

/** Checks every item and the list as a whole; returns the list or refuses with every issue. */
function checkList(fields: Record<string, unknown>, candidates: Candidate[]): ListFile {
  const issues: IssueDetail[] = [];
  const items: ReferenceItem[] = [];
  const firstRowOfCode = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    issues.push(...candidate.issues.map((issue) => ({ ...issue, path: ['items', index, ...issue.path] })));
    const parsed = ReferenceItemSchema.safeParse(candidate.value);
    if (!parsed.success) {
      const converted = new Set(candidate.issues.map((issue) => issue.path[0]));
      for (const issue of issuesFromZod(parsed.error)) {
        // A value that could not be converted already has its own message.
        if (converted.has(issue.path[0])) continue;
        issues.push({ ...issue, path: ['items', index, ...issue.path], params: { ...issue.params, row: candidate.row } });
      }
      return;
    }
    items.push(parsed.data);
    const first = firstRowOfCode.get(parsed.data.code);
    if (first !== undefined) {
      issues.push(rowIssue(index, candidate.row, 'code', 'validation.duplicateCodeRow', { code: parsed.data.code, first }));
    } else firstRowOfCode.set(parsed.data.code, candidate.row);
  });
  if (candidates.length === 0) issues.push({ path: ['items'], messageKey: 'errors.priceFileNoRows' });

  const whole = ReferenceListFileSchema.safeParse({ ...fields, items });
  if (!whole.success) {
    for (const issue of issuesFromZod(whole.error)) {
      // Item problems, duplicates and "no rows" are reported per row above; here only what
      // concerns the list itself (its name, dates, too many rows).
      const aboutItems = issue.path[0] === 'items';
      if (aboutItems && (issue.path.length > 1 || issue.messageKey === 'validation.duplicateCode' || issue.messageKey === 'validation.required')) continue;
      issues.push(issue);
    }
  }
  if (issues.length > 0) return refuse('errors.priceFileInvalid', issues);
  if (!whole.success) return refuse('errors.priceFileInvalid', issuesFromZod(whole.error));
  return whole.data;
}

// ---- JSON ----------------------------------------------------------------------------------

function readJsonList(text: string): ListFile {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\ufeff/, ''));
  } catch {
    return refuse('errors.priceFileBadJson');
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return refuse('errors.priceFileBadJson');
  const { items, ...fields } = json as Record<string, unknown>;
  if (!Array.isArray(items)) {
    const parsed = ReferenceListFileSchema.safeParse(json);
    return refuse('errors.priceFileInvalid', parsed.success ? [] : issuesFromZod(parsed.error));
  }
  // In a JSON file the "row" is the item's place in the list, counted from 1.
  const candidates = items.map((value: unknown, index) => ({
    row: index + 1,
    value: value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : { value },
    issues: [],
  }));
  return checkList(fields, candidates);
}

// ---- CSV -----------------------------------------------------------------------------------

const headerWords: Record<ItemField, RegExp> = {
  code: /^(code|ref|referentie|referentiecode|artikelcode|artikelnummer|artikelnr|id|item code|reference code|reference)$/,
  label: /^(omschrijving|beschrijving|label|naam|description|name|product|artikel|item)$/,
  category: /^(categorie|category|soort|type|toesteltype|device type|kind)$/,
  unit: /^(eenheid|unit|per|prijseenheid|price unit|eenheid prijs)$/,
  priceCents: /^(prijs|price|bedrag|amount|referentieprijs|reference price|richtprijs|eenheidsprijs|unit price)( .*)?$/,
  vatIncluded: /^(btw|vat|btw inbegrepen|btw inclusief|inclusief btw|incl btw|vat included|including vat|incl vat|btw incl)$/,
};

const categoryWords: Record<string, ReferenceCategory> = {
  ...Object.fromEntries(referenceCategories.map((category) => [normalizeWord(category), category])),
  laptops: 'laptop',
  notebook: 'laptop',
  'leerlingenlaptop': 'laptop',
  'draagbare computer': 'laptop',
  chromebooks: 'chromebook',
  tablets: 'tablet',
  ipad: 'tablet',
  desktops: 'desktop',
  pc: 'desktop',
  'vaste pc': 'desktop',
  computer: 'desktop',
  'desktop computer': 'desktop',
  bord: 'board',
  'digitaal bord': 'board',
  digibord: 'board',
  'interactief scherm': 'board',
  'interactief bord': 'board',
  'interactive display': 'board',
  'interactive whiteboard': 'board',
  'digital board': 'board',
  beamer: 'projector',
  projectoren: 'projector',
  netwerk: 'network',
  wifi: 'network',
  'access point': 'network',
  switch: 'network',
  servers: 'server',
  nas: 'server',
  ander: 'other',
  andere: 'other',
  overig: 'other',
  overige: 'other',
  'ander toestel': 'other',
  gebruiksvergoeding: 'device-fee',
  vergoeding: 'device-fee',
  'usage fee': 'device-fee',
  fee: 'device-fee',
  waarborg: 'deposit',
  waarborgsom: 'deposit',
  borg: 'deposit',
  borgsom: 'deposit',
  verzekering: 'insurance',
};

const unitWords: Record<string, ReferenceUnit> = {
  ...Object.fromEntries(referenceUnits.map((unit) => [normalizeWord(unit), unit])),
  toestel: 'device',
  'per toestel': 'device',
  stuk: 'device',
  'per stuk': 'device',
  stuks: 'device',
  eenmalig: 'device',
  'per device': 'device',
  unit: 'device',
  piece: 'device',
  each: 'device',
  once: 'device',
  maand: 'month',
  'per maand': 'month',
  maandelijks: 'month',
  'per month': 'month',
  monthly: 'month',
  schooljaar: 'school-year',
  'per schooljaar': 'school-year',
  jaar: 'school-year',
  'per jaar': 'school-year',
  jaarlijks: 'school-year',
  year: 'school-year',
  'per year': 'school-year',
  'per school year': 'school-year',
  yearly: 'school-year',
};

const vatWords: Record<string, boolean> = {
  incl: true,
  inclusief: true,
  'incl btw': true,
  'btw incl': true,
  'btw inbegrepen': true,
  inbegrepen: true,
  ja: true,
  j: true,
  yes: true,
  y: true,
  true: true,
  waar: true,
  '1': true,
  included: true,
  including: true,
  'incl vat': true,
  excl: false,
  exclusief: false,
  'excl btw': false,
  'btw excl': false,
  'niet inbegrepen': false,
  nee: false,
  n: false,
  no: false,
  false: false,
  onwaar: false,
  '0': false,
  excluded: false,
  excluding: false,
  'excl vat': false,
};

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

function readCsvList(text: string, meta: Meta | undefined): ListFile {
  if (!meta) return refuse('errors.priceListMetaMissing');
  let records: CsvRecord[];
  try {
    records = parseCsv(text, {
      delimiter: detectDelimiter(text),
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      trim: true,
    }) as unknown as CsvRecord[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    return refuse('errors.priceFileBadCsv', undefined, typeof line === 'number' ? { row: line } : { row: 0 });
  }
  const [header, ...rows] = records;
  if (!header) return refuse('errors.priceFileEmpty');

  const columns = new Map<ItemField, number>();
  header.record.forEach((cell, index) => {
    const word = normalizeWord(cell);
    for (const field of itemFields) {
      if (!columns.has(field) && headerWords[field].test(word)) {
        columns.set(field, index);
        break;
      }
    }
  });
  // "Prijs incl. btw" says the VAT once for the whole column.
  const priceHeader = columns.has('priceCents') ? normalizeWord(header.record[columns.get('priceCents')!]!) : '';
  const vatFromHeader = /\b(incl|inclusief|including)\b/.test(priceHeader) ? true : /\b(excl|exclusief|excluding)\b/.test(priceHeader) ? false : null;
  const missing = itemFields.filter((field) => !columns.has(field) && !(field === 'vatIncluded' && vatFromHeader !== null));
  if (missing.length > 0) return refuse('errors.priceFileMissingColumns', missing.map((field) => ({ path: ['columns', field], messageKey: 'validation.missingColumn', params: { column: field } })));

  const candidates: Candidate[] = rows.map(({ record, info }) => {
    const issues: IssueDetail[] = [];
    const cell = (field: ItemField) => record[columns.get(field) ?? -1] ?? '';
    const row = info.lines;
    const fail = (field: ItemField, messageKey: string, value: string) => issues.push({ path: [field], messageKey, params: { row, value } });
    const extra = record.filter((value, index) => index >= header.record.length && value !== '');
    if (extra.length > 0) issues.push({ path: [], messageKey: 'validation.extraCells', params: { row, columns: header.record.length } });

    const value: Record<string, unknown> = { code: cell('code'), label: cell('label') };
    const categoryText = cell('category');
    const category = categoryWords[normalizeWord(categoryText)];
    if (category) value.category = category;
    else fail('category', categoryText === '' ? 'validation.required' : 'validation.unknownCategory', categoryText);

    const unitText = cell('unit');
    const unit = unitWords[normalizeWord(unitText)];
    if (unit) value.unit = unit;
    else fail('unit', unitText === '' ? 'validation.required' : 'validation.unknownUnit', unitText);

    const priceText = cell('priceCents');
    const price = priceText === '' ? null : parseMoney(priceText);
    if (price !== null) value.priceCents = price;
    else fail('priceCents', priceText === '' ? 'validation.required' : 'validation.unreadablePrice', priceText);

    if (columns.has('vatIncluded')) {
      const vatText = cell('vatIncluded');
      const vat = vatWords[normalizeWord(vatText)];
      if (vat !== undefined) value.vatIncluded = vat;
      else if (vatText === '' && vatFromHeader !== null) value.vatIncluded = vatFromHeader;
      else fail('vatIncluded', vatText === '' ? 'validation.required' : 'validation.unknownVat', vatText);
    } else value.vatIncluded = vatFromHeader;
    return { row, value, issues };
  });

  return checkList(meta, candidates);
}
