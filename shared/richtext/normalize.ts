// From the editor's document JSON to the stored formatted-text schema: only the node and
// mark types shared/richtext/schema.ts knows, no extra attributes (link target, rel,
// class...), no empty text, lists no deeper than the schema allows, unsafe links reduced to
// their words. Pure data in, pure data out: no editor code, so it stays out of the lazy chunk
// and the same function serves the editor, tests and anyone pasting documents in.
import {
  isSafeHref,
  MAX_LIST_DEPTH,
  MAX_TEXT_RUN,
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type Mark,
  type ParagraphNode,
  type RichText,
} from './schema.ts';

/** The loose shape of any editor JSON node (TipTap's JSONContent, or something pasted). */
export interface LooseNode {
  type?: string;
  attrs?: Record<string, unknown>;
  content?: LooseNode[];
  marks?: { type?: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const markOrder = { bold: 0, italic: 1, link: 2 } as const;

function toMarks(marks: LooseNode['marks']): Mark[] {
  const kept = new Map<Mark['type'], Mark>();
  for (const mark of marks ?? []) {
    if (mark.type === 'bold' || mark.type === 'italic') kept.set(mark.type, { type: mark.type });
    if (mark.type === 'link') {
      const href = mark.attrs?.href;
      if (typeof href === 'string' && isSafeHref(href)) kept.set('link', { type: 'link', attrs: { href } });
    }
  }
  return [...kept.values()].sort((a, b) => markOrder[a.type] - markOrder[b.type]);
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

/** Cuts a run into pieces the schema accepts, never between the halves of a surrogate pair. */
function splitRun(text: string): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > MAX_TEXT_RUN) {
    let cut = MAX_TEXT_RUN;
    const code = rest.charCodeAt(cut);
    if (code >= 0xdc00 && code <= 0xdfff) cut -= 1;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

/** The inline content of a block: text and hard breaks; anything else gives up its words. */
function inline(nodes: LooseNode[] | undefined): InlineNode[] {
  const runs: InlineNode[] = [];
  const push = (node: InlineNode) => {
    const last = runs.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      runs[runs.length - 1] = { ...last, text: last.text + node.text };
    } else {
      runs.push(node);
    }
  };
  const walk = (list: LooseNode[] | undefined) => {
    for (const node of list ?? []) {
      if (node.type === 'text') {
        if (typeof node.text !== 'string' || node.text === '') continue;
        const marks = toMarks(node.marks);
        push(marks.length > 0 ? { type: 'text', text: node.text, marks } : { type: 'text', text: node.text });
      } else if (node.type === 'hardBreak') {
        push({ type: 'hardBreak' });
      } else {
        walk(node.content);
      }
    }
  };
  walk(nodes);
  return runs.flatMap((node) =>
    node.type === 'text' && node.text.length > MAX_TEXT_RUN
      ? splitRun(node.text).map((text): InlineNode => (node.marks ? { type: 'text', text, marks: node.marks } : { type: 'text', text }))
      : [node],
  );
}

function paragraph(content: InlineNode[]): ParagraphNode {
  return content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' };
}

const isInline = (node: LooseNode) => node.type === 'text' || node.type === 'hardBreak';

/** Blocks at a given list depth (0 = the top of the document). */
function blocks(nodes: LooseNode[] | undefined, depth: number): BlockNode[] {
  const out: BlockNode[] = [];
  let loose: LooseNode[] = [];
  const flushLoose = () => {
    if (loose.length > 0) out.push(paragraph(inline(loose)));
    loose = [];
  };
  for (const node of nodes ?? []) {
    if (isInline(node)) {
      loose.push(node);
      continue;
    }
    flushLoose();
    switch (node.type) {
      case 'paragraph':
        out.push(paragraph(inline(node.content)));
        break;
      case 'heading': {
        const content = inline(node.content);
        if (depth > 0) out.push(paragraph(content));
        else {
          const level = node.attrs?.level === 3 ? 3 : 2;
          out.push(content.length > 0 ? { type: 'heading', attrs: { level }, content } : { type: 'heading', attrs: { level } });
        }
        break;
      }
      case 'bulletList':
      case 'orderedList':
        out.push(...list(node, depth + 1));
        break;
      default:
        // Unknown blocks (and stray list items) keep their words, never their shape.
        out.push(...blocks(node.content, depth));
    }
  }
  flushLoose();
  return out;
}

function list(node: LooseNode, depth: number): BlockNode[] {
  const items = (node.content ?? []).filter((item) => item.type === 'listItem' || !isInline(item));
  if (depth > MAX_LIST_DEPTH) {
    // Too deep for the schema: the items become paragraphs of the enclosing item.
    return items.flatMap((item) => blocks(item.type === 'listItem' ? item.content : [item], depth - 1));
  }
  const listItems: ListItemNode[] = items.map((item) => {
    const content = blocks(item.type === 'listItem' ? item.content : [item], depth) as ListItemNode['content'];
    return { type: 'listItem', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
  });
  if (listItems.length === 0) return [];
  if (node.type === 'bulletList') return [{ type: 'bulletList', content: listItems }];
  const start = node.attrs?.start;
  return typeof start === 'number' && Number.isInteger(start) && start > 1 && start <= 10_000
    ? [{ type: 'orderedList', attrs: { start }, content: listItems }]
    : [{ type: 'orderedList', content: listItems }];
}

/** The stored form of an editor document. Empty paragraphs at the end are dropped. */
export function toStoredDoc(json: LooseNode): RichText {
  const content = blocks(json.content, 0);
  while (content.length > 0) {
    const last = content.at(-1)!;
    if (last.type === 'paragraph' && (last.content ?? []).length === 0) content.pop();
    else break;
  }
  return { type: 'doc', content };
}

/** What the editor is given: the stored document, with one empty paragraph if it has none. */
export function toEditorDoc(doc: RichText): RichText {
  return doc.content.length > 0 ? doc : { type: 'doc', content: [{ type: 'paragraph' }] };
}

/** A key-order-independent fingerprint, to compare documents that went through a parser. */
export function fingerprint(value: unknown): string {
  return JSON.stringify(value, (_key, node: unknown) =>
    node && typeof node === 'object' && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : node,
  );
}
