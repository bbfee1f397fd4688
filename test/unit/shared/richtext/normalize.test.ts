// From editor JSON to the stored schema: whatever comes in, what comes out is allowed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint, toEditorDoc, toStoredDoc, type LooseNode } from '../../../../shared/richtext/normalize.ts';
import { RichTextSchema, plainText } from '../../../../shared/richtext/schema.ts';

const text = (value: string, marks?: LooseNode['marks']): LooseNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });

describe('toStoredDoc', () => {
  it('keeps headings, lists, bold, italic and safe links, and drops the editor’s extra attributes', () => {
    const stored = toStoredDoc({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2, textAlign: 'left' }, content: [text('Visie')] },
        {
          type: 'paragraph',
          content: [
            text('Lees ', [{ type: 'bold' }]),
            text('meer', [{ type: 'link', attrs: { href: 'https://www.digisprong.be/', target: '_blank', rel: 'noopener', class: null } }]),
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('een', [{ type: 'italic' }])] }] }] },
      ],
    });
    expect(RichTextSchema.safeParse(stored).success).toBe(true);
    expect(stored.content[1]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Lees ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'meer', marks: [{ type: 'link', attrs: { href: 'https://www.digisprong.be/' } }] },
      ],
    });
  });

  it('reduces an unsafe link to its words and unknown nodes to their text', () => {
    const stored = toStoredDoc({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [text('klik', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('citaat')] }] },
        { type: 'codeBlock', content: [text('<script>alert(1)</script>')] },
      ],
    });
    expect(RichTextSchema.safeParse(stored).success).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('javascript:');
    expect(JSON.stringify(stored)).not.toMatch(/blockquote|codeBlock/);
    expect(plainText(stored)).toContain('klik');
  });

  it('drops trailing empty paragraphs, and gives the editor one paragraph for an empty document', () => {
    expect(toStoredDoc({ type: 'doc', content: [{ type: 'paragraph', content: [text('x')] }, { type: 'paragraph' }] }).content).toHaveLength(1);
    expect(toEditorDoc({ type: 'doc', content: [] })).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });

  it('always yields a document the stored schema accepts, whatever JSON it is given', () => {
    const looseNode: fc.Arbitrary<LooseNode> = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom('paragraph', 'heading', 'bulletList', 'orderedList', 'listItem', 'text', 'hardBreak', 'image', 'blockquote', 'doc'),
          text: fc.string({ maxLength: 30 }),
          attrs: fc.record({ level: fc.integer({ min: -1, max: 7 }), href: fc.constantFrom('https://a.be', 'javascript:x', 'mailto:a@b.be', ''), start: fc.integer() }, { requiredKeys: [] }),
          marks: fc.array(fc.record({ type: fc.constantFrom('bold', 'italic', 'link', 'strike', 'code'), attrs: fc.record({ href: fc.constantFrom('https://a.be', 'data:text/html,x') }) }), { maxLength: 3 }),
          content: fc.array(tie('node'), { maxLength: 4 }),
        },
        { requiredKeys: ['type'] },
      ),
    })).node as fc.Arbitrary<LooseNode>;
    fc.assert(
      fc.property(fc.array(looseNode, { maxLength: 6 }), (content) => {
        const stored = toStoredDoc({ type: 'doc', content });
        expect(RichTextSchema.safeParse(stored).success).toBe(true);
        // Normalising twice changes nothing more.
        expect(fingerprint(toStoredDoc(stored as unknown as LooseNode))).toBe(fingerprint(stored));
      }),
      { numRuns: 300 },
    );
  });
});
