// The formatted-text editor (TipTap 3), loaded lazily so ProseMirror stays out of the
// first bundle. The editor's schema holds only what shared/richtext/schema.ts allows, so
// a paste loses every other element and attribute; each change is then normalised and
// checked against the stored schema before it goes to the part editor. Ctrl+Z belongs to
// the editor only while it has unsaved typing (`data-dirty`); otherwise it falls through
// to the app's undo.
import { Extension, type Editor } from '@tiptap/core';
import { EditorState } from '@tiptap/pm/state';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isSafeHref, RichTextSchema, type RichText } from '../../../shared/richtext/schema.ts';
import type { IssueDetail } from '../../../shared/result.ts';
import { Button } from '../Button.tsx';
import { FieldError } from '../Field.tsx';
import { fingerprint, toEditorDoc, toStoredDoc } from '../../../shared/richtext/normalize.ts';

export interface RichTextEditorProps {
  /** The stored document; when it changes from outside (undo), the editor starts from it again. */
  value: RichText;
  /** A normalised document that passed the schema. */
  onChange: (doc: RichText) => void;
  onBlur?: () => void;
  /** Called once the editable element exists (so a `?veld=` link can focus it). */
  onReady?: () => void;
  /** The editable element's id: the DOM id of the section's text field (see fieldDomId). */
  id: string;
  label: string;
  /** True while the part editor holds unsaved text. */
  dirty: boolean;
  /** A problem reported by the save (the schema or the handler). */
  issue?: IssueDetail | undefined;
  describedBy?: string | undefined;
}

/** The editable element, or null while the editor is not (or no longer) attached to the page. */
function domOf(editor: Editor): HTMLElement | null {
  if (editor.isDestroyed) return null;
  try {
    return editor.view.dom;
  } catch {
    return null;
  }
}

const isDirty = (editor: Editor) => domOf(editor)?.dataset.dirty === 'true';

function setDirty(editor: Editor, dirty: boolean): void {
  const dom = domOf(editor);
  if (!dom) return;
  if (dirty) dom.dataset.dirty = 'true';
  else delete dom.dataset.dirty;
}

/**
 * Ctrl+Z / Ctrl+Y inside the editor: the editor's own history only while it has unsaved
 * typing; otherwise the keys are swallowed here and the app's undo (on window) handles them.
 */
const AppUndoFallthrough = Extension.create({
  name: 'appUndoFallthrough',
  priority: 1000,
  addKeyboardShortcuts() {
    const notDirty = () => !isDirty(this.editor);
    return { 'Mod-z': notDirty, 'Shift-Mod-z': notDirty, 'Mod-y': notDirty };
  },
});

/** One set of extensions for every editor: only what the stored schema can hold. */
const extensions = [
  StarterKit.configure({
    blockquote: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    dropcursor: false,
    trailingNode: false,
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      enableClickSelection: true,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: 'https',
      protocols: [],
      HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null },
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url),
    },
  }),
  AppUndoFallthrough,
];

/** How long typing may pause before the document is converted and handed to the part editor. */
const HAND_OVER_MS = 150;

/** Replaces the document and forgets the editor's history: the stored text changed elsewhere. */
function replaceDocument(editor: Editor, doc: RichText): void {
  try {
    const node = editor.schema.nodeFromJSON(toEditorDoc(doc));
    editor.view.updateState(EditorState.create({ doc: node, plugins: editor.state.plugins }));
  } catch {
    editor.commands.setContent(toEditorDoc(doc), { emitUpdate: false });
  }
}

function issueOf(error: { issues: { message: string; path: PropertyKey[]; code: string; maximum?: unknown }[] }): IssueDetail {
  const first = error.issues[0];
  const messageKey = first?.message.startsWith('validation.') ? first.message : 'validation.invalid';
  const max = first && 'maximum' in first ? Number(first.maximum) : undefined;
  return { path: ['text'], messageKey, params: max === undefined || Number.isNaN(max) ? {} : { max } };
}

export default function RichTextEditor({ value, onChange, onBlur, onReady, id, label, dirty, issue, describedBy }: RichTextEditorProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [localIssue, setLocalIssue] = useState<IssueDetail | undefined>(undefined);
  const callbacks = useRef({ onChange, onBlur });
  useEffect(() => {
    callbacks.current = { onChange, onBlur };
  }, [onChange, onBlur]);
  /** The fingerprint of what the editor shows, and the documents sent but not yet seen back. */
  const current = useRef(fingerprint(value));
  const emitted = useRef<string[]>([]);

  const [editorProps] = useState(() => ({
    attributes: { id, class: 'richtext richtext__content', role: 'textbox', 'aria-multiline': 'true', spellcheck: 'true', lang: 'nl' },
  }));

  /** Whether the part editor still holds text of ours that is not saved (or is invalid). */
  const waiting = useRef(dirty);
  useEffect(() => {
    waiting.current = dirty || localIssue !== undefined;
  }, [dirty, localIssue]);

  /** Converts, checks and hands over the editor's document; runs after a short pause in typing. */
  const pending = useRef<number | undefined>(undefined);
  const handOver = useCallback((source: Editor) => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    if (source.isDestroyed) return;
    const doc = toStoredDoc(source.getJSON() as Parameters<typeof toStoredDoc>[0]);
    const print = fingerprint(doc);
    if (print === current.current) {
      // Typed and taken back before it was handed over: nothing is unsaved any more.
      if (!waiting.current) setDirty(source, false);
      return;
    }
    current.current = print;
    emitted.current = [...emitted.current.slice(-49), print];
    const parsed = RichTextSchema.safeParse(doc);
    if (!parsed.success) {
      setLocalIssue(issueOf(parsed.error));
      return;
    }
    setLocalIssue(undefined);
    callbacks.current.onChange(parsed.data);
  }, []);

  const editor = useEditor({
    extensions,
    content: toEditorDoc(value),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    injectCSS: false,
    editorProps,
    onUpdate: ({ editor: changed }) => {
      // Ctrl+Z stays with the editor from the first keystroke; the conversion waits for a pause.
      setDirty(changed, true);
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => handOver(changed), HAND_OVER_MS);
    },
    onBlur: ({ editor: blurred }) => {
      if (pending.current !== undefined) handOver(blurred);
      callbacks.current.onBlur?.();
    },
  });

  // Leaving the section right after typing: hand over what is still waiting.
  useEffect(
    () => () => {
      if (pending.current !== undefined) handOver(editor);
    },
    [editor, handOver],
  );

  // The label, description and unsaved-typing flag live on the editable element itself.
  const shownIssue = localIssue ?? issue;
  useEffect(() => {
    const dom = domOf(editor);
    if (!dom) return;
    dom.setAttribute('aria-label', label);
    const described = [describedBy, shownIssue ? errorId : null].filter(Boolean).join(' ');
    if (described) dom.setAttribute('aria-describedby', described);
    else dom.removeAttribute('aria-describedby');
    if (shownIssue) dom.setAttribute('aria-invalid', 'true');
    else dom.removeAttribute('aria-invalid');
  }, [editor, label, describedBy, shownIssue, errorId]);

  useEffect(() => {
    // Saved: Ctrl+Z goes back to the app. Still typing (or typing not yet handed over):
    // it stays with the editor.
    if (!dirty && !localIssue && pending.current === undefined) setDirty(editor, false);
    if (dirty) setDirty(editor, true);
  }, [editor, dirty, localIssue]);

  useEffect(() => {
    if (editor.isDestroyed) return;
    const print = fingerprint(value);
    if (print === current.current) {
      emitted.current = [];
      return;
    }
    const seen = emitted.current.indexOf(print);
    if (seen >= 0) {
      // An earlier save of ours landing while newer typing is on its way: keep the typing.
      emitted.current = emitted.current.slice(seen + 1);
      return;
    }
    current.current = print;
    emitted.current = [];
    replaceDocument(editor, value);
    setDirty(editor, false);
  }, [editor, value]);

  useEffect(() => {
    if (domOf(editor)) onReady?.();
  }, [editor, onReady]);

  return (
    <div className="richtext-editor">
      <Toolbar editor={editor} controls={id} />
      <EditorContent editor={editor} className="richtext-editor__frame" />
      <FieldError id={errorId} issue={shownIssue} />
      <p className="field__hint richtext-editor__keys">{t('policy.editorKeys')}</p>
    </div>
  );
}

interface ToolState {
  bold: boolean;
  italic: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  link: boolean;
  href: string;
}

function Toolbar({ editor, controls }: { editor: Editor; controls: string }) {
  const { t } = useTranslation();
  const linkFieldId = useId();
  const linkErrorId = useId();
  const [active, setActive] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [linkDraft, setLinkDraft] = useState('');
  const [linkError, setLinkError] = useState<IssueDetail | undefined>(undefined);
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const state = useEditorState<ToolState>({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      heading2: e.isActive('heading', { level: 2 }),
      heading3: e.isActive('heading', { level: 3 }),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      link: e.isActive('link'),
      href: String(e.getAttributes('link').href ?? ''),
    }),
  });

  const tools: { key: string; label: string; keys?: string; pressed?: boolean; expanded?: boolean; disabled?: boolean; run: () => void; icon: string }[] = [
    { key: 'bold', label: t('policy.bold'), keys: 'Control+B', pressed: state.bold, icon: 'B', run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: t('policy.italic'), keys: 'Control+I', pressed: state.italic, icon: 'I', run: () => editor.chain().focus().toggleItalic().run() },
    {
      key: 'heading2',
      label: t('policy.headingButton'),
      keys: 'Control+Alt+2',
      pressed: state.heading2,
      icon: t('policy.headingButton'),
      run: () => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    },
    {
      key: 'heading3',
      label: t('policy.subheadingButton'),
      keys: 'Control+Alt+3',
      pressed: state.heading3,
      icon: t('policy.subheadingButton'),
      run: () => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    },
    {
      key: 'bulletList',
      label: t('policy.bulletList'),
      keys: 'Control+Shift+8',
      pressed: state.bulletList,
      icon: `• ${t('policy.bulletList')}`,
      run: () => editor.chain().focus().toggleBulletList().run(),
    },
    {
      key: 'orderedList',
      label: t('policy.orderedList'),
      keys: 'Control+Shift+7',
      pressed: state.orderedList,
      icon: `1. ${t('policy.orderedList')}`,
      run: () => editor.chain().focus().toggleOrderedList().run(),
    },
    {
      key: 'link',
      label: t('policy.link'),
      expanded: linkOpen,
      icon: t('policy.link'),
      run: () => {
        setLinkDraft(state.href);
        setLinkError(undefined);
        setLinkOpen(true);
      },
    },
    {
      key: 'unlink',
      label: t('policy.removeLink'),
      disabled: !state.link,
      icon: t('policy.removeLink'),
      run: () => editor.chain().focus().extendMarkRange('link').unsetLink().run(),
    },
  ];

  // One tab stop for the whole toolbar (arrow keys move inside it), never on a disabled button.
  const usable = tools.map((tool, index) => (tool.disabled ? -1 : index)).filter((index) => index >= 0);
  const tabStop = usable.includes(active) ? active : (usable[0] ?? 0);
  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = usable.indexOf(tabStop);
    const last = usable.length - 1;
    const step =
      event.key === 'ArrowRight' ? (at === last ? 0 : at + 1)
      : event.key === 'ArrowLeft' ? (at <= 0 ? last : at - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : null;
    if (step === null || usable[step] === undefined) return;
    event.preventDefault();
    setActive(usable[step]);
    buttons.current[usable[step]]?.focus();
  };

  const closeLink = () => {
    setLinkOpen(false);
    editor.commands.focus();
  };
  const applyLink = () => {
    const href = linkDraft.trim();
    if (href === '') {
      editor.chain().focus().extendMarkRange('link').unsetLink().run();
      setLinkOpen(false);
      return;
    }
    if (!isSafeHref(href)) {
      setLinkError({ path: ['href'], messageKey: 'validation.unsafeLink' });
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !state.link) {
      chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    setLinkOpen(false);
  };

  return (
    <>
      <div className="richtext-toolbar" role="toolbar" aria-label={t('policy.toolbar')} aria-controls={controls} onKeyDown={move}>
        {tools.map((tool, index) => (
          <button
            key={tool.key}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            className={`richtext-toolbar__button richtext-toolbar__button--${tool.key}`}
            tabIndex={index === tabStop ? 0 : -1}
            aria-label={tool.label}
            aria-pressed={tool.pressed}
            aria-expanded={tool.expanded}
            aria-keyshortcuts={tool.keys}
            title={tool.keys ? `${tool.label} (${tool.keys.replace('Control', 'Ctrl')})` : tool.label}
            disabled={tool.disabled}
            onFocus={() => setActive(index)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={tool.run}
          >
            <span aria-hidden="true">{tool.icon}</span>
          </button>
        ))}
      </div>
      {linkOpen && (
        <div className="richtext-linkform">
          <label htmlFor={linkFieldId} className="field__label">
            {t('policy.linkPrompt')}
          </label>
          <div className="richtext-linkform__row">
            <input
              id={linkFieldId}
              className="field__input"
              type="url"
              inputMode="url"
              autoComplete="off"
              // The form opens on request, so taking the focus is what the user expects.
              autoFocus
              value={linkDraft}
              aria-invalid={linkError ? true : undefined}
              aria-describedby={linkError ? linkErrorId : undefined}
              onChange={(event) => {
                setLinkDraft(event.target.value);
                setLinkError(undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  applyLink();
                }
                if (event.key === 'Escape') {
                  event.preventDefault();
                  closeLink();
                }
              }}
            />
            <Button onClick={applyLink}>{t('policy.linkApply')}</Button>
            <Button variant="ghost" onClick={closeLink}>
              {t('app.cancel')}
            </Button>
          </div>
          <FieldError id={linkErrorId} issue={linkError} />
        </div>
      )}
    </>
  );
}
