// The pieces every exported PDF shares: pdfmake set up for offline use (its own Roboto
// embedded, no URL or file access from a document), an A4 frame with the school's name and
// the date on every page and "page X of Y", rich text as pdfmake content, tables and bar charts.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions, TableCell } from 'pdfmake/interfaces';
import type { BlockNode, InlineNode, ListItemNode, RichText } from '../../shared/richtext/schema.ts';

const fontFolder = join(dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')), 'fonts', 'Roboto');
pdfmake.setFonts({
  Roboto: {
    normal: join(fontFolder, 'Roboto-Regular.ttf'),
    bold: join(fontFolder, 'Roboto-Medium.ttf'),
    italics: join(fontFolder, 'Roboto-Italic.ttf'),
    bolditalics: join(fontFolder, 'Roboto-MediumItalic.ttf'),
  },
});
// A document never fetches anything: no images by URL, no files but the fonts above.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontFolder));

export const BRAND = '#0b5563';
const MUTED = '#555555';

export interface Frame {
  /** Shown top left on every page after the title page. */
  school: string;
  /** Shown top right. */
  title: string;
  /** The export date, as the school reads it (23/11/2026). */
  date: string;
  pageOf: (page: number, pages: number) => string;
  /** A diagonal "VOORBEELD" on every page of an example plan. */
  watermark?: string;
}

export function document(frame: Frame, content: Content[], info: { title: string; subject: string; creationDate: Date }): TDocumentDefinitions {
  return {
    pageSize: 'A4',
    pageMargins: [56, 64, 56, 56],
    info: { title: info.title, subject: info.subject, creator: 'Digiplanner', producer: 'Digiplanner', creationDate: info.creationDate },
    ...(frame.watermark ? { watermark: { text: frame.watermark, color: '#b00020', opacity: 0.08, bold: true } } : {}),
    header: (page) =>
      page === 1
        ? ''
        : {
            columns: [
              { text: frame.school, alignment: 'left' },
              { text: frame.title, alignment: 'right' },
            ],
            margin: [56, 28, 56, 0],
            fontSize: 8,
            color: MUTED,
          },
    footer: (page, pages) => ({
      columns: [
        { text: `${frame.school} · ${frame.date}`, alignment: 'left' },
        { text: frame.pageOf(page, pages), alignment: 'right' },
      ],
      margin: [56, 16, 56, 0],
      fontSize: 8,
      color: MUTED,
    }),
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.25 },
    styles: {
      documentTitle: { fontSize: 26, bold: true, color: BRAND, margin: [0, 160, 0, 12] },
      documentSubtitle: { fontSize: 14, margin: [0, 0, 0, 4] },
      h1: { fontSize: 16, bold: true, color: BRAND, margin: [0, 0, 0, 8] },
      h2: { fontSize: 12.5, bold: true, color: BRAND, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      muted: { color: MUTED, fontSize: 9 },
      tableHeader: { bold: true, fillColor: '#e8f0f1' },
      note: { fontSize: 9, italics: true, color: MUTED, margin: [0, 2, 0, 6] },
    },
    content,
  };
}

export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const buffer = await pdfmake.createPdf(definition).getBuffer();
  return Buffer.from(buffer);
}

// ---- Rich text ------------------------------------------------------------------------

function inline(nodes: readonly InlineNode[] | undefined): Content[] {
  return (nodes ?? []).map((node): Content => {
    if (node.type === 'hardBreak') return { text: '\n' };
    const marks = node.marks ?? [];
    const link = marks.find((mark) => mark.type === 'link');
    return {
      text: node.text,
      ...(marks.some((mark) => mark.type === 'bold') ? { bold: true } : {}),
      ...(marks.some((mark) => mark.type === 'italic') ? { italics: true } : {}),
      ...(link && link.type === 'link' ? { link: link.attrs.href, color: BRAND, decoration: 'underline' as const } : {}),
    };
  });
}

function listItem(item: ListItemNode, shift: number): Content {
  return { stack: item.content.map((block) => blockContent(block, shift)) };
}

function blockContent(node: BlockNode, shift: number): Content {
  switch (node.type) {
    case 'paragraph':
      return { text: inline(node.content), margin: [0, 0, 0, 5] };
    case 'heading':
      return { text: inline(node.content), style: node.attrs.level + shift <= 2 ? 'h2' : 'h3' };
    case 'bulletList':
      return { ul: node.content.map((item) => listItem(item, shift)), margin: [0, 0, 0, 5] };
    case 'orderedList':
      return { ol: node.content.map((item) => listItem(item, shift)), start: node.attrs?.start ?? 1, margin: [0, 0, 0, 5] };
  }
}

/** `shift` moves headings down a level: a section's own h2 becomes an h3 under its title. */
export function richText(doc: RichText, shift = 0): Content[] {
  return doc.content.map((block) => blockContent(block, shift));
}

// ---- Tables and charts ----------------------------------------------------------------

export interface Column {
  header: string;
  /** Numbers are right-aligned. */
  numeric?: boolean;
  width?: number | '*' | 'auto';
}

export function table(columns: readonly Column[], rows: readonly (readonly string[])[], footer?: readonly string[], fontSize = 9): Content {
  const cell = (text: string, column: Column, extra: { bold?: boolean; style?: string } = {}): TableCell => ({
    text,
    alignment: column.numeric ? 'right' : 'left',
    ...extra,
  });
  const body: TableCell[][] = [
    columns.map((column) => cell(column.header, column, { style: 'tableHeader' })),
    ...rows.map((row) => row.map((text, i) => cell(text, columns[i]!))),
    ...(footer ? [footer.map((text, i) => cell(text, columns[i]!, { bold: true }))] : []),
  ];
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: columns.map((column) => column.width ?? '*'), body },
    layout: { hLineColor: () => '#c5d3d6', vLineColor: () => '#c5d3d6', paddingTop: () => 3, paddingBottom: () => 3 },
    fontSize,
    margin: [0, 4, 0, 10],
  };
}

export interface BarSeries {
  label: string;
  color: string;
  values: readonly number[];
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Horizontal bars, one group per category, drawn as SVG; the same figures go in a table beside it. */
export function barChart(categories: readonly string[], series: readonly BarSeries[], options: { max?: number; format: (value: number) => string }): Content {
  const width = 480;
  const labelWidth = 205;
  const bar = 9;
  const groupHeight = series.length * (bar + 2) + 8;
  const legendHeight = 18;
  const height = legendHeight + categories.length * groupHeight;
  const max = options.max ?? Math.max(1, ...series.flatMap((s) => s.values));
  const scale = (width - labelWidth - 50) / max;
  const parts: string[] = [];
  series.forEach((s, i) => {
    // The legend runs from the left edge: three series fit beside each other on A4.
    parts.push(`<rect x="${20 + i * 150}" y="2" width="10" height="10" fill="${s.color}"/>`);
    parts.push(`<text x="${20 + i * 150 + 14}" y="11" font-size="9" fill="#333">${escapeXml(s.label)}</text>`);
  });
  categories.forEach((category, c) => {
    const top = legendHeight + c * groupHeight;
    parts.push(`<text x="${labelWidth - 6}" y="${top + groupHeight / 2}" font-size="8" text-anchor="end" fill="#333">${escapeXml(category)}</text>`);
    series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const y = top + i * (bar + 2);
      parts.push(`<rect x="${labelWidth}" y="${y}" width="${Math.max(0, value * scale).toFixed(1)}" height="${bar}" fill="${s.color}"/>`);
      parts.push(`<text x="${labelWidth + value * scale + 4}" y="${y + bar - 1.5}" font-size="7.5" fill="#333">${escapeXml(options.format(value))}</text>`);
    });
  });
  parts.push(`<line x1="${labelWidth}" y1="${legendHeight - 2}" x2="${labelWidth}" y2="${height}" stroke="#888" stroke-width="0.6"/>`);
  return { svg: `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`, width, margin: [0, 4, 0, 8] };
}
