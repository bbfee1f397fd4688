// Reading an inventory file's words: which column holds which field (guessed from Dutch and
// English headers and from Snipe-IT and Lansweeper exports), and what each cell means
// (device types, statuses, dates, euros...). Pure: every parser returns a value or an issue
// with a catalog key, never throws, and never guesses silently where a mistake would stick.
import { isRealIsoDate } from '../format.ts';
import { en } from '../i18n/en.ts';
import { nl } from '../i18n/nl.ts';
import { parseMoney } from '../money.ts';
import { importTargets, type ImportTarget } from './import.ts';
import {
  contractForms,
  deviceStatuses,
  deviceTypes,
  deviceUses,
  fundingSources,
  InventoryLineSchema,
  MAX_LIFETIME_YEARS,
  MAX_UNIT_PRICE_CENTS,
  priceUnits,
  type ContractForm,
  type DeviceStatus,
  type DeviceType,
  type FundingSource,
} from './schema.ts';

/** A cell as a file gives it: CSV cells are text, Excel cells may be numbers, dates or booleans. */
export type ImportCell = string | number | boolean | Date | null;

export interface CellIssue {
  messageKey: string;
  params?: Record<string, string | number>;
}

/** What a parser makes of a cell: a value (perhaps with a warning), or an issue. */
export type CellResult<T> = { ok: true; value: T; warning?: CellIssue } | { ok: false; issue: CellIssue };

/** The longest cell a file may hold; longer is refused, never cut. */
export const MAX_CELL_LENGTH = 1000;
/** Data rows a file may hold. */
export const MAX_IMPORT_ROWS = 100_000;
/** Dates outside these years are typing errors (or Excel's day zero). */
export const MIN_IMPORT_YEAR = 1970;
export const MAX_IMPORT_YEAR = 2100;
/** A whole number up to this in a warranty-end column is a warranty in months (Snipe-IT's "Warranty"). */
export const MAX_WARRANTY_MONTHS = 240;

const ok = <T>(value: T, warning?: CellIssue): CellResult<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const fail = (messageKey: string, params?: Record<string, string | number>): CellResult<never> =>
  params ? { ok: false, issue: { messageKey, params } } : { ok: false, issue: { messageKey } };

const issueKey = (name: string) => `inventoryImport.issues.${name}`;

// ---------------------------------------------------------------------------------------
// Text

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** `Aankoop­datum (dd/mm/jjjj)` → `aankoopdatumddmmjjjj`: headers compared without case, accents or punctuation. */
export function normalizeHeader(header: string): string {
  return stripAccents(header).toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** `In gebruik!` → `in gebruik`: values compared as lowercase words. */
export function normalizeWord(text: string): string {
  return stripAccents(text).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/**
 * A cell as text, for display and for text fields: numbers with a Belgian decimal comma,
 * dates as dd/mm/yyyy, booleans as Excel writes them.
 */
export function cellText(cell: ImportCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell).replace('.', ',') : '';
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (Number.isNaN(cell.getTime())) return '';
  return `${pad2(cell.getUTCDate())}/${pad2(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
}

/** The value as a message shows it: never more than a line. */
function shown(cell: ImportCell): string {
  const text = cellText(cell).trim();
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

const isBlank = (cell: ImportCell) => cell === null || (typeof cell === 'string' && cell.trim() === '');

/** A lone dash is how spreadsheets say "none" in a date or amount column. */
const isPlaceholder = (cell: ImportCell) => typeof cell === 'string' && /^\s*[-–—]\s*$/.test(cell);

/** Text fields keep what the file says; a cell that looks like a formula is kept as text, with a warning. */
export function parseText(cell: ImportCell): CellResult<string> {
  const text = cellText(cell).trim();
  if (text.startsWith('=') && text.length > 1) return ok(text, { messageKey: issueKey('formula'), params: { value: shown(cell) } });
  return ok(text);
}

// ---------------------------------------------------------------------------------------
// Words for the enumerations: our own labels in both languages, the ids, and the words
// schools and asset tools use.

function wordTable<T extends string>(
  ids: readonly T[],
  labels: readonly Record<T, string>[],
  words: Record<T, readonly string[]>,
): Map<string, T> {
  const table = new Map<string, T>();
  const add = (word: string, id: T) => {
    const key = normalizeWord(word);
    if (key !== '' && !table.has(key)) table.set(key, id);
  };
  for (const id of ids) {
    add(id, id);
    for (const catalog of labels) add(catalog[id], id);
    for (const word of words[id]) add(word, id);
  }
  return table;
}

const statusWords = wordTable(deviceStatuses, [nl.devices.statuses, en.devices.statuses], {
  'in-use': [
    'in gebruik', 'gebruik', 'actief', 'active', 'in use', 'deployed', 'ready to deploy', 'deployable', 'pending',
    'in stock', 'stock', 'stored', 'opgeslagen', 'in voorraad', 'voorraad', 'reserve', 'spare', 'uitgeleend',
    'checked out', 'ok', 'in orde', 'werkend', 'werkt', 'beschikbaar', 'available', 'in dienst', 'operational',
  ],
  repair: [
    'in herstelling', 'herstelling', 'in reparatie', 'reparatie', 'defect', 'kapot', 'stuk', 'broken', 'repair',
    'in repair', 'out for repair', 'out for diagnostics', 'under repair', 'te herstellen', 'faulty',
  ],
  lost: ['verloren', 'kwijt', 'vermist', 'gestolen', 'diefstal', 'lost', 'stolen', 'lost stolen', 'missing'],
  retired: [
    'afgeschreven', 'buiten gebruik', 'uit gebruik', 'archived', 'gearchiveerd', 'retired', 'non active', 'nonactive',
    'inactive', 'niet actief', 'disposed', 'afgevoerd', 'end of life', 'eol', 'decommissioned',
  ],
  recycled: ['gerecycleerd', 'gerecycled', 'recycled', 'recyclage', 'recycling', 'naar recyclage', 'e waste', 'ewaste'],
  'refurbished-out': [
    'tweede leven', 'second life', 'verkocht', 'sold', 'geschonken', 'donated', 'doorgegeven', 'hergebruik',
    'hergebruikt', 'weggegeven', 'reused',
  ],
});

const contractWords = wordTable(contractForms, [nl.devices.contracts, en.devices.contracts], {
  bought: ['gekocht', 'aankoop', 'aangekocht', 'koop', 'eigendom', 'bought', 'purchase', 'purchased', 'buy', 'owned', 'nieuw gekocht'],
  leased: [
    'lease', 'leasing', 'geleased', 'geleasd', 'huur', 'gehuurd', 'huurcontract', 'rent', 'rental', 'rented',
    'leased', 'operationele lease', 'financiele lease', 'operational lease', 'financial lease',
  ],
  refurbished: ['refurbished', 'refurb', 'tweedehands', 'gereviseerd', 'gerefurbished', 'second hand', 'secondhand'],
  'minimum-lifetime': [
    'minimale levensduur', 'minimum lifetime', 'levensduurcontract', 'contract met minimale levensduur',
    'minimum lifetime contract',
  ],
  maintenance: [
    'onderhoud', 'onderhoudscontract', 'met onderhoudscontract', 'maintenance', 'maintenance contract',
    'service contract', 'servicecontract', 'gekocht met onderhoudscontract', 'kopen met onderhoudscontract',
  ],
});

const useWords = wordTable(deviceUses, [nl.devices.uses, en.devices.uses], {
  teachers: ['leraren', 'leraar', 'leerkrachten', 'leerkracht', 'personeel', 'teachers', 'teacher', 'staff', 'docenten', 'docent'],
  'shared-pupils': [
    'leerlingen', 'leerling', 'gedeeld', 'pupils', 'pupil', 'students', 'student', 'shared', 'klaspool',
    'laptopkar', 'laptop cart', 'lln',
  ],
  'loan-service': ['uitleendienst', 'uitleen', 'uitlenen', 'lening', 'lending', 'loan', 'loan service', 'loaner', 'leenpool', 'bruikleen'],
  classroom: ['klas', 'klaslokaal', 'lokaal', 'klassen', 'classroom', 'class', 'vaste opstelling'],
  infrastructure: ['infrastructuur', 'infrastructure', 'netwerk', 'network', 'serverlokaal'],
});

const fundingWords = wordTable(fundingSources, [nl.devices.funding, en.devices.funding], {
  digisprong: ['digisprong'],
  'digiplan-1': ['digiplan 1', 'digiplan thema 1', 'thema 1', 'digiplan1'],
  'digiplan-2': ['digiplan 2', 'digiplan thema 2', 'thema 2', 'digiplan2'],
  'digiplan-3': ['digiplan 3', 'digiplan thema 3', 'thema 3', 'digiplan3'],
  'digiplan-3b': ['digiplan 3b', 'digiplan thema 3b', 'thema 3b', 'digiplan3b'],
  own: ['eigen middelen', 'eigen', 'werkingsmiddelen', 'werkingstoelage', 'school', 'own', 'own funds', 'own budget', 'schoolbudget', 'eigen budget'],
  parents: ['ouders', 'ouderbijdrage', 'ouderbijdragen', 'bijdragen van ouders', 'parents', 'parent contribution', 'parental contribution'],
  other: ['andere', 'anders', 'other', 'overig', 'overige', 'sponsoring', 'sponsor', 'gift', 'schenking'],
});

/** Device types: whole values first, then phrases inside a value, then single words. */
const typeWords = wordTable(deviceTypes, [nl.devices.types, en.devices.types], {
  laptop: ['notebook', 'draagbare computer', 'draagbare pc', 'macbook', 'ultrabook', 'portable'],
  chromebook: ['chromebooks'],
  tablet: ['ipad', 'tablets', 'android tablet'],
  desktop: ['pc', 'vaste pc', 'computer', 'workstation', 'imac', 'all in one', 'mac mini', 'desktop computer'],
  board: ['digibord', 'smartboard', 'interactief bord', 'interactief scherm', 'interactive whiteboard', 'interactive display', 'touchscreen'],
  projector: ['beamer', 'videoprojector'],
  network: ['access point', 'wifi access point', 'wireless access point', 'switch', 'router', 'firewall', 'netwerkapparatuur', 'network'],
  server: ['nas'],
  other: ['printer', 'monitor', 'scherm', 'camera', 'documentcamera', 'telefoon', 'smartphone', 'iphone', 'ander', 'anders'],
});

const typePhrases: [string, DeviceType][] = [
  ['access point', 'network'],
  ['interactief bord', 'board'],
  ['interactieve borden', 'board'],
  ['interactief scherm', 'board'],
  ['interactieve schermen', 'board'],
  ['interactive whiteboard', 'board'],
  ['interactive display', 'board'],
  ['digitaal bord', 'board'],
  ['digitale borden', 'board'],
  ['smart board', 'board'],
  ['draagbare computer', 'laptop'],
  ['all in one', 'desktop'],
  ['mac mini', 'desktop'],
  ['vaste pc', 'desktop'],
];

const typeTokens = new Map<string, DeviceType>([
  ...(['laptop', 'laptops', 'notebook', 'notebooks', 'macbook', 'ultrabook', 'thinkpad', 'latitude', 'elitebook', 'probook'] as const).map(
    (word) => [word, 'laptop'] as [string, DeviceType],
  ),
  ...(['chromebook', 'chromebooks'] as const).map((word) => [word, 'chromebook'] as [string, DeviceType]),
  ...(['tablet', 'tablets', 'ipad', 'ipads'] as const).map((word) => [word, 'tablet'] as [string, DeviceType]),
  ...(['desktop', 'desktops', 'pc', 'pcs', 'imac', 'workstation', 'workstations', 'computer', 'computers', 'optiplex'] as const).map(
    (word) => [word, 'desktop'] as [string, DeviceType],
  ),
  ...(['digibord', 'digiborden', 'smartboard', 'smartboards', 'touchscreen', 'touchscreens', 'activboard', 'activpanel', 'clevertouch', 'whiteboard'] as const).map(
    (word) => [word, 'board'] as [string, DeviceType],
  ),
  ...(['projector', 'projectors', 'projectoren', 'beamer', 'beamers', 'videoprojector'] as const).map(
    (word) => [word, 'projector'] as [string, DeviceType],
  ),
  ...(['switch', 'switches', 'router', 'routers', 'firewall', 'firewalls', 'accesspoint', 'accesspoints', 'netwerk', 'network', 'wifi', 'wlan'] as const).map(
    (word) => [word, 'network'] as [string, DeviceType],
  ),
  ...(['server', 'servers', 'nas'] as const).map((word) => [word, 'server'] as [string, DeviceType]),
  ...(['printer', 'printers', 'monitor', 'monitors', 'scherm', 'schermen', 'camera', 'documentcamera', 'smartphone', 'telefoon', 'iphone'] as const).map(
    (word) => [word, 'other'] as [string, DeviceType],
  ),
]);

function lookUp<T>(table: Map<string, T>, word: string): T | undefined {
  return table.get(word) ?? (word.endsWith('s') ? table.get(word.slice(0, -1)) : undefined);
}

function enumParser<T extends string>(table: Map<string, T>, unknownKey: string) {
  return (cell: ImportCell): CellResult<T | undefined> => {
    if (isBlank(cell)) return ok(undefined);
    const found = lookUp(table, normalizeWord(cellText(cell)));
    return found === undefined ? fail(issueKey(unknownKey), { value: shown(cell) }) : ok(found);
  };
}

/** Empty: the default status (in use). Unknown: an error, a status decides the fleet's figures. */
export const parseStatus: (cell: ImportCell) => CellResult<DeviceStatus | undefined> = enumParser(statusWords, 'unknownStatus');
export const parseContract: (cell: ImportCell) => CellResult<ContractForm | undefined> = enumParser(contractWords, 'unknownContract');
export const parseUse: (cell: ImportCell) => CellResult<(typeof deviceUses)[number] | undefined> = enumParser(useWords, 'unknownUse');
export const parseFunding: (cell: ImportCell) => CellResult<FundingSource | undefined> = enumParser(fundingWords, 'unknownFunding');

/**
 * The device type, from our labels, the asset tools' categories ("Laptops", "iPad", "Access
 * Points") or a word inside a longer value ("Lenovo laptop 14\""). Unknown is not an error:
 * the line becomes "other device", with a warning so the user can correct it.
 */
export function parseDeviceType(cell: ImportCell): CellResult<DeviceType> {
  if (isBlank(cell)) return fail('validation.required');
  const word = normalizeWord(cellText(cell));
  const whole = lookUp(typeWords, word);
  if (whole !== undefined) return ok(whole);
  const padded = ` ${word} `;
  for (const [phrase, type] of typePhrases) if (padded.includes(` ${phrase} `)) return ok(type);
  for (const token of word.split(' ')) {
    const type = typeTokens.get(token);
    if (type !== undefined) return ok(type);
  }
  return ok('other', { messageKey: issueKey('unknownType'), params: { value: shown(cell) } });
}

// ---------------------------------------------------------------------------------------
// Dates

const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const yearFirst = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

function isoOf(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function checkedDate(iso: string, cell: ImportCell): CellResult<string> {
  if (!isRealIsoDate(iso)) return fail(issueKey('impossibleDate'), { value: shown(cell) });
  const year = Number(iso.slice(0, 4));
  if (year < MIN_IMPORT_YEAR || year > MAX_IMPORT_YEAR) {
    return fail(issueKey('dateOutOfRange'), { value: shown(cell), min: MIN_IMPORT_YEAR, max: MAX_IMPORT_YEAR });
  }
  return ok(iso);
}

/**
 * `01/09/2024`, `1/9/2024`, `01-09-2024`, `01.09.2024`, `2024-09-01` (with or without a time,
 * as asset tools export it) or an Excel date → `2024-09-01`; empty → ''. Day first, always:
 * `31/02/2024` is an impossible date, not a guess.
 */
export function parseImportDate(cell: ImportCell): CellResult<string> {
  if (isBlank(cell) || isPlaceholder(cell)) return ok('');
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail(issueKey('date'), { value: '' });
    return checkedDate(isoOf(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate()), cell);
  }
  if (typeof cell !== 'string') return fail(issueKey('date'), { value: shown(cell) });
  const text = cell.trim();
  const dmy = dayFirst.exec(text);
  if (dmy) return checkedDate(isoOf(Number(dmy[3]), Number(dmy[2]), Number(dmy[1])), cell);
  const ymd = yearFirst.exec(text);
  if (ymd) return checkedDate(isoOf(Number(ymd[1]), Number(ymd[2]), Number(ymd[3])), cell);
  return fail(issueKey('date'), { value: shown(cell) });
}

/** A date some whole months after an ISO date, clamped to the month's last day (31/01 + 1 → 28/02). */
export function addMonths(iso: string, months: number): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7)) - 1 + months;
  const day = Number(iso.slice(8, 10));
  const targetYear = year + Math.floor(month / 12);
  const targetMonth = (month % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return isoOf(targetYear, targetMonth, Math.min(day, lastDay));
}

/** A warranty given as a number of months (1 to 240), or null when the cell is something else. */
export function warrantyMonths(cell: ImportCell): number | null {
  const text = typeof cell === 'number' ? String(cell) : typeof cell === 'string' ? cell.trim() : null;
  if (text === null || !/^\d{1,3}$/.test(text)) return null;
  const months = Number(text);
  return months >= 1 && months <= MAX_WARRANTY_MONTHS ? months : null;
}

/**
 * The end of the warranty: a date, or (as Snipe-IT exports it) a number of months counted
 * from the start date.
 */
export function parseWarrantyEnd(cell: ImportCell, startDate: string | null): CellResult<string> {
  const months = warrantyMonths(cell);
  if (months === null) return parseImportDate(cell);
  if (!startDate) return fail(issueKey('warrantyMonthsWithoutStart'), { value: months });
  return checkedDate(addMonths(startDate, months), cell);
}

// ---------------------------------------------------------------------------------------
// Numbers and money

/** `1,234.50` (as English exports write it): only when the commas group thousands exactly. */
const englishAmount = /^(\d{1,3}(?:,\d{3})+)\.(\d{1,2})$/;

function textToCents(text: string): number | null {
  const belgian = parseMoney(text);
  if (belgian !== null) return belgian;
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€|€$/g, '').replace(/^EUR|EUR$/gi, '');
  const english = englishAmount.exec(compact);
  if (!english) return null;
  const cents = Number(english[1]!.replace(/,/g, '')) * 100 + Number(english[2]!.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/**
 * A price in euros → cents: `1.234,50`, `€ 1.234,50`, `1234.50`, `1234,5` or an Excel number.
 * Empty → null (no price known). Negative and absurd amounts are errors; an Excel number with
 * more than two decimals (a formula's result) is rounded to the cent, with a warning.
 */
export function parseImportMoney(cell: ImportCell): CellResult<number | null> {
  if (isBlank(cell) || isPlaceholder(cell)) return ok(null);
  let cents: number;
  let warning: CellIssue | undefined;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || Math.abs(cell) > Number.MAX_SAFE_INTEGER / 100) return fail(issueKey('money'), { value: shown(cell) });
    const scaled = cell * 100;
    cents = Math.round(scaled);
    if (Math.abs(scaled - cents) > 1e-6) warning = { messageKey: issueKey('priceRounded'), params: { value: shown(cell) } };
    if (Object.is(cents, -0)) cents = 0;
  } else if (typeof cell === 'string') {
    const parsed = textToCents(cell);
    if (parsed === null) return fail(issueKey('money'), { value: shown(cell) });
    cents = parsed;
  } else {
    return fail(issueKey('money'), { value: shown(cell) });
  }
  if (cents < 0) return fail('validation.notNegative');
  if (cents > MAX_UNIT_PRICE_CENTS) return fail('validation.implausiblePrice');
  return ok(cents, warning);
}

function wholeNumber(cell: ImportCell, suffix?: RegExp): number | null {
  if (typeof cell === 'number') return Number.isSafeInteger(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  let text = cell.trim();
  if (suffix) text = text.replace(suffix, '').trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : null;
}

/** How many devices the line stands for: a whole number; empty → 1. */
export function parseQuantity(cell: ImportCell): CellResult<number> {
  if (isBlank(cell)) return ok(1);
  const value = wholeNumber(cell);
  if (value === null) return fail(issueKey('quantity'), { value: shown(cell) });
  if (value < 1) return fail('validation.tooSmall', { min: 1 });
  if (value > 100_000) return fail('validation.tooLarge', { max: 100_000 });
  return ok(value);
}

/** The expected lifetime in whole years (`5`, `5 jaar`, `5 years`); empty → null (the type's default). */
export function parseLifetime(cell: ImportCell): CellResult<number | null> {
  if (isBlank(cell) || isPlaceholder(cell)) return ok(null);
  const value = wholeNumber(cell, /\s*(jaren|jaar|j|years|year|yrs|yr|y)\.?$/i);
  if (value === null) return fail(issueKey('lifetime'), { value: shown(cell) });
  if (value < 1) return fail('validation.tooSmall', { min: 1 });
  if (value > MAX_LIFETIME_YEARS) return fail('validation.tooLarge', { max: MAX_LIFETIME_YEARS });
  return ok(value);
}

const vatYes = new Set(
  ['incl', 'inclusief', 'incl btw', 'inclusief btw', 'btw inbegrepen', 'btw incl', 'inbegrepen', 'ja', 'j', 'yes', 'y', 'true', 'waar', '1', 'x',
    'incl vat', 'including vat', 'vat included', 'included', 'tvac', 'ttc'].map(normalizeWord),
);
const vatNo = new Set(
  ['excl', 'exclusief', 'excl btw', 'exclusief btw', 'btw excl', 'zonder btw', 'nee', 'n', 'no', 'false', 'onwaar', '0',
    'excl vat', 'excluding vat', 'vat excluded', 'excluded', 'htva', 'ht'].map(normalizeWord),
);

/** Whether a price includes VAT: `incl`/`excl`, `ja`/`nee`...; empty → undefined (the file's default). */
export function parseVat(cell: ImportCell): CellResult<boolean | undefined> {
  if (isBlank(cell)) return ok(undefined);
  if (typeof cell === 'boolean') return ok(cell);
  const word = normalizeWord(cellText(cell));
  if (vatYes.has(word)) return ok(true);
  if (vatNo.has(word)) return ok(false);
  return fail(issueKey('vat'), { value: shown(cell) });
}

// ---------------------------------------------------------------------------------------
// Headers → fields

/** Suffixes a header may carry without changing what it means: `Prijs (EUR)`, `Startdatum (dd/mm/jjjj)`. */
const headerNoise = [
  'eur', 'euro', 'ineuro', 'ineur', 'inclbtw', 'exclbtw', 'inclusiefbtw', 'exclusiefbtw', 'inclvat', 'exclvat', 'btwincl', 'btwexcl',
  'ddmmjjjj', 'ddmmyyyy', 'jjjjmmdd', 'yyyymmdd', 'jaren', 'jaar', 'years', 'inyears', 'injaren', 'maanden', 'months', 'nr', 'nummer',
].sort((a, b) => b.length - a.length);

/** Headers per field, most specific first. Compared after normalizeHeader. */
const headerSynonyms: Record<ImportTarget, readonly string[]> = {
  type: ['type', 'soort', 'toesteltype', 'typetoestel', 'soorttoestel', 'apparaattype', 'devicetype', 'assettype', 'categorie', 'category', 'hardwaretype', 'toestel', 'device'],
  brandModel: ['merkenmodel', 'merkmodel', 'brandmodel', 'brandandmodel', 'makemodel', 'product', 'productnaam', 'productname'],
  quantity: ['aantal', 'hoeveelheid', 'quantity', 'qty', 'aantaltoestellen', 'stuks', 'count'],
  serial: ['serienummer', 'serial', 'serialnumber', 'serialno', 'serienr', 'sn', 'servicetag', 'assettag', 'inventarisnummer', 'inventarisnr'],
  startDate: [
    'startdatum', 'aankoopdatum', 'datumaankoop', 'purchasedate', 'purchased', 'ingebruiksinds', 'ingebruikname', 'ingebruiknamedatum',
    'leverdatum', 'leveringsdatum', 'deliverydate', 'startdate', 'datum', 'date',
  ],
  unitPrice: [
    'prijspertoestel', 'priceperdevice', 'eenheidsprijs', 'aankoopprijs', 'stukprijs', 'prijsperstuk', 'prijs', 'purchasecost', 'unitprice', 'price', 'cost', 'kostprijs', 'bedrag',
  ],
  vatIncluded: ['btwinbegrepen', 'btw', 'inclbtw', 'inclusiefbtw', 'vat', 'vatincluded', 'inclvat', 'btwinclusief'],
  contract: ['contract', 'contractvorm', 'contracttype', 'soortcontract', 'verwerving', 'eigendom', 'ownership', 'acquisition'],
  supplier: ['leverancier', 'supplier', 'vendor', 'verkoper', 'dealer', 'reseller', 'wederverkoper'],
  framework: ['raamovereenkomst', 'raamcontract', 'framework', 'frameworkagreement', 'aankoopcentrale', 'overheidsopdracht'],
  use: ['gebruik', 'gebruiker', 'gebruikers', 'gebruiktdoor', 'doelgroep', 'use', 'usage', 'usedby', 'usergroup', 'bestemming', 'toewijzing'],
  status: ['status', 'staat', 'toestand', 'state', 'assetstatus', 'assetstate', 'statuslabel'],
  warrantyEnd: [
    'garantietot', 'eindegarantie', 'garantieeinde', 'garantiedatum', 'einddatumgarantie', 'warrantyexpires', 'warrantyend', 'warrantydate',
    'warrantyexpiration', 'warrantyenddate', 'warranty', 'warrantymonths', 'garantie', 'garantiemaanden',
  ],
  lifetimeYears: ['levensduur', 'lifetime', 'lifetimeyears', 'verwachtelevensduur', 'afschrijvingstermijn', 'afschrijving', 'usefullife', 'depreciationyears'],
  funding: ['financiering', 'financieringsbron', 'gefinancierddoor', 'middelen', 'funding', 'fundingsource', 'budget', 'subsidie'],
  note: ['opmerking', 'opmerkingen', 'nota', 'notities', 'notitie', 'notes', 'note', 'comment', 'comments', 'commentaar', 'omschrijving', 'beschrijving', 'description'],
};

const manufacturerHeaders = ['merk', 'fabrikant', 'manufacturer', 'brand', 'make', 'producent'];
const modelHeaders = ['model', 'modelnaam', 'modelname', 'typenummer'];

/** The order fields pick guessed columns in: the one a column fits best gets it first. */
const guessOrder: readonly ImportTarget[] = [
  'type', 'serial', 'brandModel', 'startDate', 'warrantyEnd', 'unitPrice', 'vatIncluded', 'quantity', 'contract', 'supplier',
  'framework', 'use', 'status', 'lifetimeYears', 'funding', 'note',
];

/** `Manufacturer + Model`: one field read from two columns, joined with a space. */
export const COMBINE_SEPARATOR = ' + ';
/** Fields that may read two columns (the asset tools keep brand and model apart). */
export const combinableTargets: readonly ImportTarget[] = ['brandModel'];

export function combineHeaders(first: string, second: string): string {
  return `${first}${COMBINE_SEPARATOR}${second}`;
}

function matchesSynonym(normalized: string, synonym: string): boolean {
  if (!normalized.startsWith(synonym)) return false;
  let rest = normalized.slice(synonym.length);
  while (rest !== '') {
    const noise = headerNoise.find((word) => rest.startsWith(word));
    if (noise === undefined) return false;
    rest = rest.slice(noise.length);
  }
  return true;
}

function findHeader(headers: readonly string[], normalized: readonly string[], synonyms: readonly string[], used: Set<string>): string | null {
  for (const synonym of synonyms) {
    const index = normalized.findIndex((candidate, i) => !used.has(headers[i]!) && matchesSynonym(candidate, synonym));
    if (index >= 0) return headers[index]!;
  }
  return null;
}

/**
 * The columns a mapped field reads: the header's index, or for a combinable field two
 * indexes (`Manufacturer + Model`). Null when the file has no such column.
 */
export function columnsOf(target: ImportTarget, value: string, headers: readonly string[]): number[] | null {
  const index = headers.indexOf(value);
  if (index >= 0) return [index];
  if (!combinableTargets.includes(target)) return null;
  const parts = value.split(COMBINE_SEPARATOR);
  if (parts.length !== 2) return null;
  const indexes = parts.map((part) => headers.indexOf(part.trim()));
  return indexes.every((i) => i >= 0) ? indexes : null;
}

export interface MappingProblem {
  target: ImportTarget;
  column: string;
  messageKey: string;
}

export interface ResolvedMapping {
  /** Field → header (or `A + B`), as the preview shows it. */
  mapping: Partial<Record<ImportTarget, string>>;
  /** Field → column indexes, for reading the rows. */
  columns: Partial<Record<ImportTarget, number[]>>;
  guessed: ImportTarget[];
  problems: MappingProblem[];
  /** What a price header says about VAT (`Prijs excl. btw`), when it says anything. */
  vatHint: boolean | null;
}

/**
 * The final mapping: the user's choices first (an empty header means "leave this field
 * out"), then a guess for every other field from the headers no choice took.
 */
export function resolveMapping(headers: readonly string[], given: Partial<Record<ImportTarget, string>> = {}): ResolvedMapping {
  const normalized = headers.map(normalizeHeader);
  const mapping: Partial<Record<ImportTarget, string>> = {};
  const columns: Partial<Record<ImportTarget, number[]>> = {};
  const guessed: ImportTarget[] = [];
  const problems: MappingProblem[] = [];
  const used = new Set<string>();

  for (const target of importTargets) {
    const value = given[target];
    if (value === undefined || value === '') continue;
    const indexes = columnsOf(target, value, headers);
    if (indexes === null) {
      problems.push({ target, column: value, messageKey: issueKey('unknownColumn') });
      continue;
    }
    mapping[target] = value;
    columns[target] = indexes;
    for (const i of indexes) used.add(headers[i]!);
  }

  const take = (target: ImportTarget, chosen: string[]) => {
    mapping[target] = chosen.length === 1 ? chosen[0]! : combineHeaders(chosen[0]!, chosen[1]!);
    columns[target] = chosen.map((header) => headers.indexOf(header));
    guessed.push(target);
    for (const header of chosen) used.add(header);
  };

  for (const target of guessOrder) {
    if (target in given) continue;
    const header = findHeader(headers, normalized, headerSynonyms[target], used);
    if (target === 'brandModel' && header === null) {
      const maker = findHeader(headers, normalized, manufacturerHeaders, used);
      const model = findHeader(headers, normalized, modelHeaders, maker === null ? used : new Set([...used, maker]));
      const chosen = [maker, model].filter((h): h is string => h !== null);
      if (chosen.length > 0) take(target, chosen);
      continue;
    }
    if (header !== null) take(target, [header]);
  }

  let vatHint: boolean | null = null;
  if (mapping.unitPrice !== undefined) {
    const priceHeader = normalizeHeader(mapping.unitPrice);
    if (/excl|htva|zonderbtw/.test(priceHeader)) vatHint = false;
    else if (/incl|tvac|metbtw/.test(priceHeader)) vatHint = true;
  }
  return { mapping, columns, guessed, problems, vatHint };
}

/** Joins brand and model without saying the brand twice (`Lenovo` + `Lenovo ThinkPad`). */
export function joinBrandModel(brand: string, model: string): string {
  const b = brand.trim();
  const m = model.trim();
  if (b === '') return m;
  if (m === '') return b;
  return m.toLowerCase().startsWith(b.toLowerCase()) ? m : `${b} ${m}`;
}

// ---------------------------------------------------------------------------------------
// The line check on the hot path

const inSet = <T extends string>(values: readonly T[]) => {
  const set = new Set<string>(values);
  return (value: unknown): boolean => typeof value === 'string' && set.has(value);
};
const isType = inSet(deviceTypes);
const isContract = inSet(contractForms);
const isUse = inSet(deviceUses);
const isStatus = inSet(deviceStatuses);
const isFunding = inSet(fundingSources);
const isPriceUnit = inSet(priceUnits);
const shape = InventoryLineSchema.shape;
const LINE_FIELDS = Object.keys(shape).length;
/** The schema's own bounds, read from it so the two cannot drift apart. */
const bounds = {
  id: [shape.id.minLength ?? 0, shape.id.maxLength ?? 0],
  brandModel: shape.brandModel.maxLength ?? 0,
  serial: shape.serial.maxLength ?? 0,
  supplier: shape.supplier.maxLength ?? 0,
  framework: shape.framework.maxLength ?? 0,
  note: shape.note.maxLength ?? 0,
  quantity: [shape.quantity.minValue ?? 0, shape.quantity.maxValue ?? 0],
  price: [shape.unitPriceCents.unwrap().minValue ?? 0, shape.unitPriceCents.unwrap().maxValue ?? 0],
  lifetime: [shape.lifetimeYears.unwrap().minValue ?? 0, shape.lifetimeYears.unwrap().maxValue ?? 0],
} as const;

/** Own enumerable fields, counted without making an array of them. */
function fieldCount(line: Readonly<Record<string, unknown>>): number {
  let count = 0;
  for (const field in line) if (Object.hasOwn(line, field)) count++;
  return count;
}

const isTrimmedText = (value: unknown, max: number): boolean =>
  typeof value === 'string' && value.length <= max && (value.length === 0 || value.trim().length === value.length);
const isWholeIn = (value: unknown, min: number, max: number): boolean =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;

/**
 * A quicker yes for `InventoryLineSchema`: true only when the schema would accept the line
 * as it is (nothing to trim, every field in range), written as plain checks because an
 * import runs it 50,000 times. A property test holds every yes to the schema; on a no the
 * caller asks the schema itself, which also gives the precise messages. Real-date answers
 * are remembered per check, as an inventory repeats its dates.
 */
export function createLineCheck(): (line: Readonly<Record<string, unknown>>) => boolean {
  const realDates = new Map<string, boolean>();
  const isDateOrEmpty = (value: unknown): boolean => {
    if (typeof value !== 'string') return false;
    if (value === '') return true;
    let real = realDates.get(value);
    if (real === undefined) {
      real = isRealIsoDate(value);
      realDates.set(value, real);
    }
    return real;
  };
  return (line) =>
    typeof line.id === 'string' &&
    line.id.length >= bounds.id[0] &&
    line.id.length <= bounds.id[1] &&
    isType(line.type) &&
    isTrimmedText(line.brandModel, bounds.brandModel) &&
    isWholeIn(line.quantity, bounds.quantity[0], bounds.quantity[1]) &&
    isTrimmedText(line.serial, bounds.serial) &&
    isDateOrEmpty(line.startDate) &&
    (line.unitPriceCents === null || isWholeIn(line.unitPriceCents, bounds.price[0], bounds.price[1])) &&
    isPriceUnit(line.priceUnit) &&
    typeof line.vatIncluded === 'boolean' &&
    isContract(line.contract) &&
    isTrimmedText(line.supplier, bounds.supplier) &&
    isTrimmedText(line.framework, bounds.framework) &&
    isUse(line.use) &&
    isStatus(line.status) &&
    isDateOrEmpty(line.warrantyEnd) &&
    (line.lifetimeYears === null || isWholeIn(line.lifetimeYears, bounds.lifetime[0], bounds.lifetime[1])) &&
    isFunding(line.funding) &&
    isTrimmedText(line.note, bounds.note) &&
    fieldCount(line) === LINE_FIELDS;
}
