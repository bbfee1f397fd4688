// Formatted text: its words for diffs and checks, emptiness, the link allow-list, and a schema that refuses anything outside the closed subset.
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  isEmptyRichText,
  isSafeHref,
  MAX_BLOCKS,
  MAX_LIST_DEPTH,
  MAX_TEXT_RUN,
  plainText,
  richTextFrom,
  RichTextSchema,
  emptyRichText,
  type BlockNode,
  type RichText,
} from '../../../../shared/richtext/schema.ts';

const text = (value: string, marks?: unknown[]) => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const doc = (...content: unknown[]) => ({ type: 'doc', content });
const accepts = (value: unknown) => RichTextSchema.safeParse(value).success;

/** A bullet list nested `depth` levels deep, one paragraph at the bottom. */
function nestedList(depth: number): unknown {
  let node: unknown = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('diep'))] }] };
  for (let level = 1; level < depth; level++) {
    node = { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text(`niveau ${level}`)), node] }] };
  }
  return node;
}

describe('plainText', () => {
  it('gives the words of each block on its own line, list items indented by depth', () => {
    const value: RichText = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Visie' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Leren ' }, { type: 'text', text: 'eerst', marks: [{ type: 'bold' }] }] },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'een' }] },
                { type: 'orderedList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'twee' }] }] }] },
              ],
            },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'regel 1' }, { type: 'hardBreak' }, { type: 'text', text: 'regel 2' }] },
      ],
    };
    expect(plainText(value)).toBe('Visie\nLeren eerst\n  een\n    twee\nregel 1\nregel 2');
  });

  it('ignores marks: a link or bold word reads as its text', () => {
    const linked = richTextFrom('Zie de site');
    (linked.content[0] as { content: unknown[] }).content = [
      text('Zie '),
      text('de site', [{ type: 'link', attrs: { href: 'https://www.digisprong.be' } }, { type: 'italic' }]),
    ];
    expect(plainText(linked)).toBe('Zie de site');
  });

  it('round-trips the paragraphs and bullets that richTextFrom builds', () => {
    const source = '## Titel\nEerste alinea.\n- punt een\n- punt twee\nSlot.';
    const built = richTextFrom(source);
    expect(RichTextSchema.parse(built)).toEqual(built);
    expect(plainText(built)).toBe('Titel\nEerste alinea.\n  punt een\n  punt twee\nSlot.');
    expect(built.content.map((block: BlockNode) => block.type)).toEqual(['heading', 'paragraph', 'bulletList', 'paragraph']);
  });
});

describe('isEmptyRichText', () => {
  it('is true for no blocks, empty paragraphs, only breaks or only spaces', () => {
    expect(isEmptyRichText(emptyRichText())).toBe(true);
    expect(isEmptyRichText({ type: 'doc', content: [{ type: 'paragraph' }, { type: 'paragraph', content: [] }] })).toBe(true);
    expect(isEmptyRichText({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'hardBreak' }, { type: 'text', text: '   ' }] }] })).toBe(true);
  });

  it('is false as soon as one word is written, also inside a list', () => {
    expect(isEmptyRichText(richTextFrom('- ja'))).toBe(false);
    expect(isEmptyRichText(richTextFrom('## Kop'))).toBe(false);
  });
});

describe('isSafeHref', () => {
  it.each([
    'https://www.digisprong.be',
    'http://example.com/pad?x=1&y=2#deel',
    'HTTPS://EXAMPLE.COM',
    'https://example.com:8443/',
    'http://127.0.0.1:8080/x',
    'https://xn--bcher-kva.example',
    'mailto:ict@voorbeeldschool.be',
  ])('accepts %s', (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'javascript&colon;alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.com/bestand',
    '//evil.example/pad',
    '/relatief/pad',
    '../omhoog',
    '#anker',
    '',
    'https:/evil.example',
    'https:\\\\evil.example',
    'https://user:pass@evil.example',
    'https://good.example@evil.example',
    'https://exa mple.com',
    'https://example.com/ pad',
    'https://example.com\n',
    'https://exa\u0000mple.com',
    'https://example.com/\u007f',
    'https://exa\u202emple.com',
    'https://example.com:123456/',
    'https://<script>.com',
    'mailto:a@b.com?cc=c@d.com',
    'mailto:@b.com',
    'mailto:a/b@c.com',
    `https://example.com/${'a'.repeat(2_000)}`,
  ])('refuses %j', (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  test.prop([fc.string({ maxLength: 40 })], { numRuns: 300 })('refuses anything that does not start with http(s):// or mailto:', (tail) => {
    for (const scheme of ['javascript:', 'data:', 'file:', 'blob:', 'vbscript:']) expect(isSafeHref(scheme + tail)).toBe(false);
  });
});

describe('RichTextSchema', () => {
  it('accepts paragraphs, headings 2 and 3, lists, bold, italic, safe links and breaks', () => {
    expect(
      accepts(
        doc(
          { type: 'heading', attrs: { level: 3 }, content: [text('Kop')] },
          paragraph(text('vet', [{ type: 'bold' }]), { type: 'hardBreak' }, text('link', [{ type: 'link', attrs: { href: 'mailto:a@b.be' } }])),
          { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('x'))] }] },
          { type: 'paragraph' },
        ),
      ),
    ).toBe(true);
  });

  it.each([
    ['an image node', doc({ type: 'image', attrs: { src: 'https://x.be/a.png' } })],
    ['a code block', doc({ type: 'codeBlock', content: [text('x')] })],
    ['raw HTML as a node', doc({ type: 'html', html: '<img src=x onerror=alert(1)>' })],
    ['an unknown mark', doc(paragraph(text('x', [{ type: 'underline' }])))],
    ['a code mark', doc(paragraph(text('x', [{ type: 'code' }])))],
    ['a javascript: link', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])))],
    ['a link opening a new window', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://x.be', target: '_blank' } }])))],
    ['a link with a class', doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'https://x.be', class: 'evil' } }])))],
    ['an attribute on a paragraph', doc({ type: 'paragraph', attrs: { textAlign: 'center' }, content: [text('x')] })],
    ['a style on a text node', doc(paragraph({ ...text('x'), style: 'color:red' }))],
    ['an event handler on the document', { ...doc(), onclick: 'alert(1)' }],
    ['a heading of level 1', doc({ type: 'heading', attrs: { level: 1 }, content: [text('x')] })],
    ['a heading of level 4', doc({ type: 'heading', attrs: { level: 4 }, content: [text('x')] })],
    ['an empty text node', doc(paragraph(text('')))],
    ['four marks on one text', doc(paragraph(text('x', [{ type: 'bold' }, { type: 'italic' }, { type: 'bold' }, { type: 'italic' }])))],
    ['a list without items', doc({ type: 'bulletList', content: [] })],
    ['a heading inside a list item', doc({ type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'heading', attrs: { level: 2 }, content: [text('x')] }] }] })],
    ['text directly in the document', doc(text('x'))],
    ['another root', { type: 'paragraph', content: [text('x')] }],
    ['a list start of zero', doc({ type: 'orderedList', attrs: { start: 0 }, content: [{ type: 'listItem', content: [paragraph(text('x'))] }] })],
  ])('refuses %s', (_what, value) => {
    expect(accepts(value)).toBe(false);
  });

  it(`accepts lists nested ${MAX_LIST_DEPTH} deep and refuses one level deeper`, () => {
    expect(accepts(doc(nestedList(MAX_LIST_DEPTH)))).toBe(true);
    expect(accepts(doc(nestedList(MAX_LIST_DEPTH + 1)))).toBe(false);
    expect(accepts(doc(nestedList(50)))).toBe(false);
  });

  it('refuses a text run or a document that is too long', () => {
    expect(accepts(doc(paragraph(text('a'.repeat(MAX_TEXT_RUN)))))).toBe(true);
    const tooLong = RichTextSchema.safeParse(doc(paragraph(text('a'.repeat(MAX_TEXT_RUN + 1)))));
    expect(tooLong.success).toBe(false);
    expect(JSON.stringify(tooLong.error?.issues)).toContain('validation.tooLong');
    const blocks = (n: number) => doc(...Array.from({ length: n }, () => paragraph(text('x'))));
    expect(accepts(blocks(MAX_BLOCKS))).toBe(true);
    expect(accepts(blocks(MAX_BLOCKS + 1))).toBe(false);
  });

  it('names the unsafe link in its issue so the editor can say why', () => {
    const parsed = RichTextSchema.safeParse(doc(paragraph(text('x', [{ type: 'link', attrs: { href: 'data:,x' } }]))));
    expect(JSON.stringify(parsed.error?.issues)).toContain('validation.unsafeLink');
  });
});
