import {
  BoldOutlined,
  FontSizeOutlined,
  ItalicOutlined,
  OrderedListOutlined,
  RedoOutlined,
  UndoOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { type Editor, EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { Button, Tooltip } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import '../../shared/rich-text.css';

/** Only what the server keeps (lib/html.ts): no code blocks, rules or images to lose on save. */
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    code: false,
    codeBlock: false,
    horizontalRule: false,
    link: { openOnClick: false, autolink: true, protocols: ['mailto'] },
  }),
];

/** The editor's empty document is `<p></p>`; a form sees '' so 请填写正文 applies. */
const htmlOf = (editor: Editor) => (editor.isEmpty ? '' : editor.getHTML());

/**
 * The body of a notice, help page or information report: an antd Form control (`value`,
 * `onChange`) emitting HTML, which the server sanitizes again on save.
 */
export function RichTextEditor({
  value,
  onChange,
  id,
  'aria-label': ariaLabel,
}: {
  value?: string;
  onChange?: (html: string) => void;
  id?: string;
  'aria-label'?: string;
}) {
  const { t } = useTranslation('help');
  const editor = useEditor({
    extensions,
    content: value ?? '',
    editorProps: {
      attributes: {
        class: 'rich-text',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': ariaLabel ?? t('editor.label'),
        ...(id ? { id } : {}),
      },
    },
    onUpdate: ({ editor: e }) => onChange?.(htmlOf(e)),
  });

  // A form reset or another record opened in the same form replaces the content from outside.
  useEffect(() => {
    if (editor && !editor.isDestroyed && (value ?? '') !== htmlOf(editor))
      editor.commands.setContent(value ?? '', { emitUpdate: false });
  }, [editor, value]);

  const state = useEditorState({
    editor,
    selector: ({ editor: e }) =>
      e && {
        bold: e.isActive('bold'),
        italic: e.isActive('italic'),
        heading: e.isActive('heading'),
        bulletList: e.isActive('bulletList'),
        orderedList: e.isActive('orderedList'),
        blockquote: e.isActive('blockquote'),
        canUndo: e.can().undo(),
        canRedo: e.can().redo(),
      },
  });
  if (!editor || !state) return null;
  const chain = () => editor.chain().focus();

  const tool = (
    label: string,
    icon: ReactNode,
    run: () => void,
    active = false,
    disabled = false,
    tip = label,
  ) => (
    <Tooltip title={tip} key={label}>
      <Button
        type={active ? 'primary' : 'text'}
        size="small"
        icon={icon}
        aria-label={label}
        aria-pressed={active}
        disabled={disabled}
        onMouseDown={(e) => e.preventDefault()}
        onClick={run}
      />
    </Tooltip>
  );

  return (
    <div className="rich-text-editor">
      <div className="rich-text-editor-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
        {tool(t('editor.bold'), <BoldOutlined />, () => chain().toggleBold().run(), state.bold)}
        {tool(t('editor.italic'), <ItalicOutlined />, () => chain().toggleItalic().run(), state.italic)}
        {tool(
          t('editor.heading'),
          <FontSizeOutlined />,
          () => chain().toggleHeading({ level: 3 }).run(),
          state.heading,
          false,
          t('editor.headingTip'),
        )}
        {tool(
          t('editor.bulletList'),
          <UnorderedListOutlined />,
          () => chain().toggleBulletList().run(),
          state.bulletList,
        )}
        {tool(
          t('editor.orderedList'),
          <OrderedListOutlined />,
          () => chain().toggleOrderedList().run(),
          state.orderedList,
        )}
        {tool(
          t('editor.blockquote'),
          <span aria-hidden>❝</span>,
          () => chain().toggleBlockquote().run(),
          state.blockquote,
        )}
        {tool(t('editor.undo'), <UndoOutlined />, () => chain().undo().run(), false, !state.canUndo)}
        {tool(t('editor.redo'), <RedoOutlined />, () => chain().redo().run(), false, !state.canRedo)}
      </div>
      <EditorContent editor={editor} />
    </div>
  );
}
