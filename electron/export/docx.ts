// Word documents the school edits further: the bijdrageregeling chapter for its school rules
// and the letter to parents. Built from the same formatted-text documents the app shows,
// A4, with the school's name, the date and the page number on every page; opens in Word and
// LibreOffice alike (plain styles, real lists, real headings).
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import type { BlockNode, InlineNode, ListItemNode, RichText } from '../../shared/richtext/schema.ts';

export interface DocxFrame {
  school: string;
  title: string;
  /** 23/11/2026 */
  date: string;
  /** "pagina" / "page": the word before the number. */
  pageWord: string;
}

const A4 = { width: 11_906, height: 16_838 };
const MARGIN = 1_134; // 2 cm in twentieths of a point
const BULLETS = 'digiplanner-bullets';
const NUMBERS = 'digiplanner-numbers';

function runs(nodes: readonly InlineNode[] | undefined): ParagraphChild[] {
  return (nodes ?? []).map((node): ParagraphChild => {
    if (node.type === 'hardBreak') return new TextRun({ text: '', break: 1 });
    const marks = node.marks ?? [];
    const bold = marks.some((mark) => mark.type === 'bold');
    const italics = marks.some((mark) => mark.type === 'italic');
    const link = marks.find((mark) => mark.type === 'link');
    if (link && link.type === 'link') return new ExternalHyperlink({ link: link.attrs.href, children: [new TextRun({ text: node.text, bold, italics, style: 'Hyperlink' })] });
    return new TextRun({ text: node.text, bold, italics });
  });
}

/** Ordered lists restart their numbering: each gets an instance of its own. */
function paragraphs(blocks: readonly BlockNode[], list: { reference: string; level: number; instance: number } | null, counter: { next: number }): Paragraph[] {
  return blocks.flatMap((block, index): Paragraph[] => {
    switch (block.type) {
      case 'paragraph': {
        // List items sit close together, so the text after a list needs room of its own.
        const afterList = /List$/.test(blocks[index - 1]?.type ?? '');
        return [new Paragraph({ children: runs(block.content), ...(list ? { numbering: list } : { spacing: { before: afterList ? 120 : 0, after: 120 } }) })];
      }
      case 'heading':
        return [new Paragraph({ children: runs(block.content), heading: block.attrs.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3 })];
      case 'bulletList':
      case 'orderedList': {
        const reference = block.type === 'bulletList' ? BULLETS : NUMBERS;
        const level = list ? Math.min(list.level + 1, 2) : 0;
        const instance = counter.next++;
        return block.content.flatMap((item: ListItemNode) => {
          const [first, ...rest] = item.content;
          return [
            ...(first ? paragraphs([first], { reference, level, instance }, counter) : []),
            ...paragraphs(rest, first ? null : { reference, level, instance }, counter),
          ];
        });
      }
    }
  });
}

const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string) =>
  [0, 1, 2].map((level) => ({
    level,
    format,
    text: text(level),
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 260 } } },
  }));

export async function richTextDocx(doc: RichText, frame: DocxFrame): Promise<Buffer> {
  const document = new Document({
    creator: 'Digiplanner',
    title: `${frame.title} — ${frame.school}`,
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: listLevels(LevelFormat.BULLET, (level) => ['•', '◦', '▪'][level]!) },
        { reference: NUMBERS, levels: listLevels(LevelFormat.DECIMAL, (level) => `%${level + 1}.`) },
      ],
    },
    sections: [
      {
        properties: { page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } },
        headers: {
          default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${frame.school} · ${frame.title}`, size: 16, color: '555555' })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: `${frame.date} · ${frame.pageWord} `, size: 16, color: '555555' }), new TextRun({ children: [PageNumber.CURRENT], size: 16, color: '555555' })],
              }),
            ],
          }),
        },
        children: paragraphs(doc.content, null, { next: 1 }),
      },
    ],
  });
  return Packer.toBuffer(document);
}
