// A generated text as plain text for the clipboard: headings and paragraphs as lines with a
// blank line between blocks, list items with a dash (numbered lists with their numbers),
// so it pastes cleanly into the school rules' word processor or an e-mail.
import type { BlockNode, InlineNode, ListItemNode, RichText } from '../../../../shared/richtext/schema.ts';

function inline(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');
}

function listLines(list: Extract<BlockNode, { type: 'bulletList' | 'orderedList' }>, indent: string): string[] {
  const start = list.type === 'orderedList' && typeof list.attrs?.start === 'number' ? list.attrs.start : 1;
  return list.content.flatMap((item: ListItemNode, index) => {
    const marker = list.type === 'orderedList' ? `${start + index}. ` : '- ';
    return item.content.flatMap((child, position) => {
      if (child.type === 'paragraph') return [`${indent}${position === 0 ? marker : ' '.repeat(marker.length)}${inline(child.content)}`];
      return listLines(child, `${indent}  `);
    });
  });
}

export function toPlainText(doc: RichText): string {
  const blocks = doc.content.map((block) => {
    if (block.type === 'paragraph' || block.type === 'heading') return inline(block.content);
    return listLines(block, '').join('\n');
  });
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
