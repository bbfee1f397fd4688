// Formatted text as data: a small, closed subset of the editor's document JSON
// (paragraphs, headings, lists, bold, italic, links). Whatever the editor or a paste
// produces is checked against this schema before it is stored, and it is rendered by
// walking the tree into elements, never as HTML, so nothing a user types can run.
import { z } from 'zod';

export const MAX_TEXT_RUN = 20_000;
export const MAX_BLOCKS = 2_000;
/** Lists may nest this deep; the schema is written out per level instead of recursing. */
export const MAX_LIST_DEPTH = 4;

/** Only web and mail links; no javascript:, data:, file: or relative tricks. */
export function isSafeHref(href: string): boolean {
  // An allow-list of shapes, not a URL parser: the host may not hold credentials (`@`),
  // and nothing may hide in whitespace or control characters.
  const hasControl = [...href].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
  if (href.length > 2_000 || hasControl || /\s/.test(href)) return false;
  return /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?([/?#].*)?$/i.test(href) || /^mailto:[^@/\\]+@[a-z0-9.-]+$/i.test(href);
}

const BoldMark = z.strictObject({ type: z.literal('bold') });
const ItalicMark = z.strictObject({ type: z.literal('italic') });
const LinkMark = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({ href: z.string().refine(isSafeHref, { error: 'validation.unsafeLink' }) }),
});
const MarkSchema = z.discriminatedUnion('type', [BoldMark, ItalicMark, LinkMark]);

const TextNode = z.strictObject({
  type: z.literal('text'),
  text: z.string().min(1).max(MAX_TEXT_RUN, { error: 'validation.tooLong' }),
  marks: z.array(MarkSchema).max(3).optional(),
});
const HardBreak = z.strictObject({ type: z.literal('hardBreak') });
const InlineSchema = z.discriminatedUnion('type', [TextNode, HardBreak]);
const inlineContent = z.array(InlineSchema).max(MAX_BLOCKS).optional();

const Paragraph = z.strictObject({ type: z.literal('paragraph'), content: inlineContent });
const Heading = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: inlineContent,
});

/** Lists written out level by level: a list item at the deepest level holds paragraphs only. */
function listSchemas(depth: number): z.ZodType[] {
  const nested = depth < MAX_LIST_DEPTH ? listSchemas(depth + 1) : [];
  const itemContent = z.array(z.union([Paragraph, ...nested] as unknown as [z.ZodType, ...z.ZodType[]])).min(1).max(MAX_BLOCKS);
  const ListItem = z.strictObject({ type: z.literal('listItem'), content: itemContent });
  const items = z.array(ListItem).min(1).max(MAX_BLOCKS);
  return [
    z.strictObject({ type: z.literal('bulletList'), content: items }),
    z.strictObject({
      type: z.literal('orderedList'),
      attrs: z.strictObject({ start: z.number().int().min(1).max(10_000) }).partial().optional(),
      content: items,
    }),
  ];
}

const BlockSchema = z.union([Paragraph, Heading, ...listSchemas(1)] as unknown as [z.ZodType, ...z.ZodType[]]);

export const RichTextSchema = z.strictObject({
  type: z.literal('doc'),
  content: z.array(BlockSchema).max(MAX_BLOCKS, { error: 'validation.tooLong' }),
}) as unknown as z.ZodType<RichText>;

export type Mark = z.infer<typeof MarkSchema>;
export type InlineNode = z.infer<typeof InlineSchema>;
export interface ParagraphNode {
  type: 'paragraph';
  content?: InlineNode[];
}
export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 };
  content?: InlineNode[];
}
export interface ListItemNode {
  type: 'listItem';
  content: (ParagraphNode | ListNode)[];
}
export interface ListNode {
  type: 'bulletList' | 'orderedList';
  attrs?: { start?: number };
  content: ListItemNode[];
}
export type BlockNode = ParagraphNode | HeadingNode | ListNode;
export interface RichText {
  type: 'doc';
  content: BlockNode[];
}

export const emptyRichText = (): RichText => ({ type: 'doc', content: [] });

/** The words of a document, blocks separated by newlines: for diffs, search and checks. */
export function plainText(doc: RichText): string {
  const lines: string[] = [];
  const inline = (content: InlineNode[] | undefined) =>
    (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
  const walk = (blocks: (BlockNode | ListItemNode)[], indent: string) => {
    for (const block of blocks) {
      if (block.type === 'paragraph' || block.type === 'heading') lines.push(indent + inline(block.content));
      else if (block.type === 'listItem') walk(block.content, indent);
      else walk(block.content, `${indent}  `);
    }
  };
  walk(doc.content, '');
  return lines.join('\n').trim();
}

export function isEmptyRichText(doc: RichText): boolean {
  return plainText(doc).trim() === '';
}

/** Builds a document from plain paragraphs and `- ` bullet lines: for examples and tests. */
export function richTextFrom(text: string): RichText {
  const content: BlockNode[] = [];
  let list: ListNode | null = null;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      list = null;
      continue;
    }
    if (line.startsWith('## ') || line.startsWith('### ')) {
      list = null;
      const level = line.startsWith('### ') ? 3 : 2;
      content.push({ type: 'heading', attrs: { level }, content: [{ type: 'text', text: line.replace(/^#+\s/, '') }] });
    } else if (line.startsWith('- ')) {
      if (!list) {
        list = { type: 'bulletList', content: [] };
        content.push(list);
      }
      list.content.push({ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: line.slice(2) }] }] });
    } else {
      list = null;
      content.push({ type: 'paragraph', content: [{ type: 'text', text: line }] });
    }
  }
  return { type: 'doc', content };
}
