// A stored formatted text, read-only: the tree is walked into React elements (never
// innerHTML), unknown node types render nothing, and a link shows only when its address
// passes the same allow-list as the schema. Links open outside the app (a new window,
// which the desktop shell hands to the system browser or refuses).
import { Fragment, type ReactNode } from 'react';
import {
  isSafeHref,
  type BlockNode,
  type InlineNode,
  type ListItemNode,
  type RichText,
} from '../../../shared/richtext/schema.ts';

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function headingTag(level: number, shift: number): HeadingTag {
  const n = Math.min(6, Math.max(2, level + shift));
  return `h${n}` as HeadingTag;
}

function renderInline(node: InlineNode, key: number): ReactNode {
  if (node.type === 'hardBreak') return <br key={key} />;
  if (node.type !== 'text' || typeof node.text !== 'string') return null;
  let element: ReactNode = node.text;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') element = <strong>{element}</strong>;
    else if (mark.type === 'italic') element = <em>{element}</em>;
    else if (mark.type === 'link' && typeof mark.attrs?.href === 'string' && isSafeHref(mark.attrs.href)) {
      element = (
        <a href={mark.attrs.href} target="_blank" rel="noopener noreferrer nofollow">
          {element}
        </a>
      );
    }
  }
  return <Fragment key={key}>{element}</Fragment>;
}

function renderInlines(content: InlineNode[] | undefined): ReactNode[] {
  return (Array.isArray(content) ? content : []).map(renderInline);
}

function renderBlock(node: BlockNode | ListItemNode, key: number, shift: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{renderInlines(node.content)}</p>;
    case 'heading': {
      const Tag = headingTag(node.attrs?.level === 3 ? 3 : 2, shift);
      return <Tag key={key}>{renderInlines(node.content)}</Tag>;
    }
    case 'bulletList':
      return <ul key={key}>{renderBlocks(node.content, shift)}</ul>;
    case 'orderedList': {
      const start = node.attrs?.start;
      return (
        <ol key={key} start={typeof start === 'number' && Number.isInteger(start) ? start : undefined}>
          {renderBlocks(node.content, shift)}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{renderBlocks(node.content, shift)}</li>;
    default:
      return null;
  }
}

function renderBlocks(content: (BlockNode | ListItemNode)[] | undefined, shift: number): ReactNode[] {
  return (Array.isArray(content) ? content : []).map((node, index) => renderBlock(node, index, shift));
}

interface RichTextViewProps {
  doc: RichText;
  /** How many levels deeper than stored headings render (1: a stored level 2 becomes <h3>). */
  headingShift?: number;
  className?: string;
  /** Shown when the document has no blocks. */
  empty?: ReactNode;
}

export function RichTextView({ doc, headingShift = 1, className, empty = null }: RichTextViewProps) {
  const content = Array.isArray(doc?.content) ? doc.content : [];
  return (
    <div className={['richtext', className].filter(Boolean).join(' ')}>
      {content.length === 0 ? empty : renderBlocks(content, headingShift)}
    </div>
  );
}
