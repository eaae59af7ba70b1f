// The drawing tools' buttons and keyboard shortcuts (P draw, S select, Ctrl+Z / Ctrl+Y, Delete, Ctrl+S).
import { useEffect } from 'react'
import { useI18n } from '../../i18n/i18n'
import type { EditorBridge } from './editor-bridge'

export function DrawingToolbar({ editor, onSave }: { editor: EditorBridge; onSave(): void }) {
  const { t } = useI18n()
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null
      if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return
      const mod = e.ctrlKey || e.metaKey
      const key = e.key.toLowerCase()
      const action =
        mod && key === 'z' && e.shiftKey
          ? editor.redo
          : mod && key === 'z'
            ? editor.undo
            : mod && key === 'y'
              ? editor.redo
              : mod && key === 's'
                ? onSave
                : !mod && key === 'p'
                  ? () => editor.setMode('polygon')
                  : !mod && key === 's'
                    ? () => editor.setMode('select')
                    : !mod && (key === 'delete' || key === 'backspace')
                      ? () => void editor.deleteSelected()
                      : null
      if (!action) return
      e.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editor, onSave])
  const mode = editor.mode()
  return (
    <div className="draw-toolbar" role="toolbar" aria-label={t('toolPolygon')}>
      <button
        type="button"
        className="btn"
        aria-pressed={mode === 'polygon'}
        onClick={() => editor.setMode('polygon')}
      >
        {t('toolPolygon')} <kbd>P</kbd>
      </button>
      <button
        type="button"
        className="btn"
        aria-pressed={mode === 'select'}
        onClick={() => editor.setMode('select')}
      >
        {t('toolSelect')} <kbd>S</kbd>
      </button>
      <button type="button" className="btn" onClick={editor.undo} disabled={!editor.canUndo()}>
        {t('toolUndo')}
      </button>
      <button type="button" className="btn" onClick={editor.redo} disabled={!editor.canRedo()}>
        {t('toolRedo')}
      </button>
      <button type="button" className="btn" onClick={() => void editor.deleteSelected()}>
        {t('toolDelete')}
      </button>
    </div>
  )
}
