// A labelled file input that files the chosen file as a document of the mine at once; the server's
// refusal (wrong type, too large, kind not allowed) is shown in place.
import { useId } from 'react'
import { useSession } from '../auth/session'
import { ErrorNotice } from '../../shell/error-notice'
import { useI18n } from '../../i18n/i18n'
import { useUploadDocument, type DocumentMeta } from './desk-queries'

export interface UploadFieldProps {
  mineId: number
  label: string
  /** The kind, or a function of the file (an image as a photo, anything else as another document). */
  kind: DocumentMeta['kind'] | ((file: File) => DocumentMeta['kind'])
  onUploaded(doc: DocumentMeta): void
}

export function UploadField({ mineId, label, kind, onUploaded }: UploadFieldProps) {
  const { t } = useI18n()
  const id = useId()
  const { session } = useSession()
  const upload = useUploadDocument(mineId)
  return (
    <div className="upload-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="file"
        accept=".pdf,.png,.jpg,.jpeg,.docx,.xlsx,application/pdf,image/png,image/jpeg"
        disabled={!session || upload.isPending}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          const input = e.currentTarget
          if (!file || !session) return
          upload.mutate(
            { csrf: session.csrfToken, file, kind: typeof kind === 'function' ? kind(file) : kind },
            {
              onSuccess: (doc) => {
                onUploaded(doc)
                input.value = ''
              },
            },
          )
        }}
      />
      {upload.isPending && <small className="muted">{t('entUploading')}</small>}
      {upload.error && <ErrorNotice error={upload.error} />}
    </div>
  )
}
