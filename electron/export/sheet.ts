// One table, two files: every tabular export (inventory, contract comparison, settlement,
// funding) is built once as a sheet with typed columns, then written as XLSX (real numbers
// and dates with their formats) or as a Belgian CSV.
export type ColumnKind = 'text' | 'integer' | 'decimal' | 'cents' | 'date';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
  /** In characters, for the XLSX. */
  width?: number;
}

/** text: a string; integer and decimal: a number; cents: integer cents; date: an ISO date. Null: empty. */
export type SheetValue = string | number | null;

export interface Sheet {
  /** The tab's name and the CSV's file name (without extension). */
  name: string;
  columns: SheetColumn[];
  rows: SheetValue[][];
}
