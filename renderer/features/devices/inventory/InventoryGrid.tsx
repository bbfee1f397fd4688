// The inventory as an ARIA grid over tens of thousands of lines: only the rows on screen
// are in the DOM (fixed row height), their pages fetched as the table scrolls. Keyboard:
// Tab into the grid, arrows / Page Up / Page Down / Home / End move the active row, Space
// selects it (Shift+Space a range), Enter opens its editor. Column headers are sort buttons.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventoryColumn, InventoryFilter, InventoryLine } from '../../../../shared/devices/schema.ts';
import type { InventorySort } from './address.ts';
import { columns, gridTemplate, gridWidth, type CellContext } from './columns.ts';
import { useInventoryPages, type InventoryPage } from './queries.ts';

export const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 48;

export type InventorySelection = { mode: 'ids'; ids: ReadonlySet<string> } | { mode: 'filter' };

interface GridProps {
  planId: string;
  filter: InventoryFilter;
  sort: InventorySort | null;
  onSort: (column: InventoryColumn) => void;
  context: Omit<CellContext, 't'>;
  selection: InventorySelection;
  onSelect: (ids: string[], selected: boolean) => void;
  onOpen: (line: InventoryLine) => void;
  labelledBy: string;
  gridId: string;
  /** The first page (totals), read by the tab too. */
  first: { data: InventoryPage | undefined; ready: boolean };
}

/** The same translation function, answering repeated keys and parameters from a cache. */
function rememberTranslations(t: TFunction): TFunction {
  const cache = new Map<string, string>();
  const remembered = (key: string, options?: Record<string, unknown>) => {
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let text = cache.get(id);
    if (text === undefined) {
      text = t(key, options ?? {});
      cache.set(id, text);
    }
    return text;
  };
  return remembered as unknown as TFunction;
}

function ariaSort(sort: InventorySort | null, column: InventoryColumn | undefined): 'ascending' | 'descending' | 'none' | undefined {
  if (!column) return undefined;
  if (sort?.column !== column) return 'none';
  return sort.direction === 'asc' ? 'ascending' : 'descending';
}

export function InventoryGrid({ planId, filter, sort, onSort, context, selection, onSelect, onOpen, labelledBy, gridId, first }: GridProps) {
  const { t } = useTranslation();
  // Cells say the same few words thousands of times while scrolling; i18next is not free.
  const remembered = useMemo(() => rememberTranslations(t), [t]);
  const cells: CellContext = { ...context, t: remembered };
  const scrollRef = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  const rowPrefix = useId();
  const viewKey = JSON.stringify([filter, sort]);
  const [active, setActive] = useState<{ key: string; index: number } | null>(null);
  const total = first.data?.total ?? 0;

  // TanStack Virtual keeps its own state and re-renders this component on scroll; the
  // React Compiler cannot memoise around it, which is fine for a component this small.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEADER_HEIGHT,
  });
  const items = virtualizer.getVirtualItems();
  const view = useInventoryPages(planId, filter, sort, first, { from: items[0]?.index ?? 0, to: items[items.length - 1]?.index ?? 0 });

  // A new filter or sort shows its first lines.
  useEffect(() => {
    virtualizer.scrollToOffset(0);
    anchor.current = null;
  }, [viewKey, virtualizer]);

  const activeIndex = active?.key === viewKey && active.index < total ? active.index : null;
  const rendered = (index: number) => items.some((item) => item.index === index);
  const rowId = (index: number) => `${rowPrefix}-row-${index}`;
  const isSelected = (id: string) => selection.mode === 'filter' || selection.ids.has(id);

  const moveTo = (index: number) => {
    if (total === 0) return;
    const next = Math.max(0, Math.min(total - 1, index));
    setActive({ key: viewKey, index: next });
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const toggle = async (index: number, range: boolean) => {
    if (selection.mode === 'filter') return;
    const line = view.lineAt(index);
    if (!line) return;
    const selected = !isSelected(line.id);
    if (range && anchor.current !== null && anchor.current !== index) {
      const from = Math.min(anchor.current, index);
      const to = Math.max(anchor.current, index);
      const lines = await view.linesBetween(from, to);
      onSelect(
        lines.map((l) => l.id),
        selected,
      );
    } else {
      onSelect([line.id], selected);
    }
    anchor.current = index;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const current = activeIndex ?? items[0]?.index ?? 0;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(activeIndex === null ? current : current + 1),
      ArrowUp: () => moveTo(current - 1),
      PageDown: () => moveTo(current + page),
      PageUp: () => moveTo(current - page),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      ' ': () => {
        if (activeIndex === null) moveTo(current);
        else void toggle(activeIndex, event.shiftKey);
      },
      Enter: () => {
        const line = activeIndex === null ? undefined : view.lineAt(activeIndex);
        if (line) onOpen(line);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const onFocus = () => {
    if (activeIndex === null && total > 0) setActive({ key: viewKey, index: items.find((item) => item.start >= (scrollRef.current?.scrollTop ?? 0) + HEADER_HEIGHT)?.index ?? items[0]?.index ?? 0 });
  };

  return (
    <div
      ref={scrollRef}
      id={gridId}
      role="grid"
      className="inv-grid"
      tabIndex={0}
      aria-labelledby={labelledBy}
      aria-rowcount={total + 1}
      aria-colcount={columns.length + 1}
      aria-multiselectable="true"
      aria-busy={first.ready ? undefined : true}
      aria-activedescendant={activeIndex !== null && rendered(activeIndex) ? rowId(activeIndex) : undefined}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      <div role="rowgroup" className="inv-grid__head" style={{ width: gridWidth, height: HEADER_HEIGHT }}>
        <div role="row" aria-rowindex={1} className="inv-row inv-row--head" style={{ gridTemplateColumns: gridTemplate }}>
          <div role="columnheader" aria-colindex={1} className="inv-cell inv-cell--select">
            <span className="visually-hidden">{t('inventory.columns.select')}</span>
          </div>
          {columns.map((column, i) => (
            <div
              key={column.id}
              role="columnheader"
              aria-colindex={i + 2}
              aria-sort={ariaSort(sort, column.sort)}
              className={column.numeric ? 'inv-cell inv-cell--numeric' : 'inv-cell'}
            >
              {column.sort ? (
                <button type="button" className="inv-sort" onClick={() => onSort(column.sort!)}>
                  {t(column.label)}
                  <span aria-hidden="true" className="inv-sort__mark">
                    {sort?.column === column.sort ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
                  </span>
                </button>
              ) : (
                t(column.label)
              )}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="inv-grid__body" style={{ height: virtualizer.getTotalSize(), width: gridWidth }}>
        {items.map((item) => {
          const line = view.lineAt(item.index);
          const selected = line ? isSelected(line.id) : false;
          const classes = ['inv-row', item.index % 2 === 1 ? 'inv-row--odd' : '', selected ? 'is-selected' : '', item.index === activeIndex ? 'is-active' : '']
            .filter(Boolean)
            .join(' ');
          return (
            <div
              // Keyed by place in the window, not by index: rows scrolled away are reused for
              // the rows scrolled in, so the DOM is updated in place rather than rebuilt.
              key={`slot-${item.index % items.length}`}
              id={rowId(item.index)}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={line ? selected : undefined}
              className={classes}
              style={{ gridTemplateColumns: gridTemplate, transform: `translateY(${item.start - HEADER_HEIGHT}px)`, height: ROW_HEIGHT }}
              onMouseDown={() => setActive({ key: viewKey, index: item.index })}
              onDoubleClick={() => line && onOpen(line)}
            >
              <div role="gridcell" aria-colindex={1} className="inv-cell inv-cell--select">
                {line && (
                  <input
                    type="checkbox"
                    tabIndex={-1}
                    checked={selected}
                    disabled={selection.mode === 'filter'}
                    aria-label={t('inventory.selectLine', { line: line.brandModel || remembered(`devices.types.${line.type}`), row: item.index + 1 })}
                    onChange={() => undefined}
                    onClick={(event) => void toggle(item.index, event.shiftKey)}
                  />
                )}
              </div>
              {line ? (
                columns.map((column, i) => {
                  const title = column.title?.(line, cells);
                  return (
                    <div
                      key={column.id}
                      role="gridcell"
                      aria-colindex={i + 2}
                      className={column.numeric ? 'inv-cell inv-cell--numeric' : 'inv-cell'}
                      title={title}
                    >
                      {column.id === 'brandModel' ? (
                        <button type="button" tabIndex={-1} className="inv-open" onClick={() => onOpen(line)}>
                          {line.brandModel || remembered('inventory.noModel')}
                        </button>
                      ) : (
                        column.text(line, cells)
                      )}
                    </div>
                  );
                })
              ) : (
                columns.map((column, i) => (
                  <div
                    key={column.id}
                    role="gridcell"
                    aria-colindex={i + 2}
                    className={i === 0 ? 'inv-cell inv-cell--loading' : column.numeric ? 'inv-cell inv-cell--numeric' : 'inv-cell'}
                  >
                    {i === 0 ? remembered('app.loading') : ''}
                  </div>
                ))
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
