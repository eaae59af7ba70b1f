// The form's draft on the device, and the send queue: every change is saved to IndexedDB; photos
// upload as soon as there is a connection; "submit" while offline is kept (queued) and sent when
// the browser reports the connection back (`online`). A refusal stops the queue and is shown; the
// draft stays until the server has accepted the filing, so nothing typed is lost.
import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import { ApiError } from '../../api/client'
import { refetchAfterWrite } from '../../api/use-api-mutation'
import { deleteDraft, loadDraft, saveDraft, type Draft, type PendingPhoto } from './draft-store'
import { evaluatorKeys, uploadSitePhoto, type EventResult } from './evaluator-queries'
import { EMPTY_FORM } from './verification-form'

export type SyncState = 'loading' | 'saved' | 'waiting' | 'sending' | 'sent'

export interface DeviceDraftOptions {
  key: string
  mineId: number
  csrf: string
  /** The mine version the assignment list showed, for a new draft. */
  version: number
  /** Files the form (file_verification or recheck). */
  send(draft: Draft): Promise<EventResult>
}

function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine)
  useEffect(() => {
    const up = () => setOnline(true)
    const down = () => setOnline(false)
    window.addEventListener('online', up)
    window.addEventListener('offline', down)
    return () => {
      window.removeEventListener('online', up)
      window.removeEventListener('offline', down)
    }
  }, [])
  return online
}

/** A fetch that never reached the server (offline, connection dropped): keep it queued. */
const isNetworkFailure = (e: unknown) => !(e instanceof ApiError)

export function useDeviceDraft({ key, mineId, csrf, version, send }: DeviceDraftOptions) {
  const queryClient = useQueryClient()
  const online = useOnline()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [saved, setSaved] = useState(false)
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<EventResult | null>(null)
  const [submitError, setSubmitError] = useState<unknown>(null)
  const [photoError, setPhotoError] = useState<unknown>(null)
  const draftRef = useRef(draft)
  draftRef.current = draft
  const busy = useRef(false)
  /** The filing was accepted: nothing more is sent from this draft. */
  const done = useRef(false)
  const versionRef = useRef(version)
  versionRef.current = version

  useEffect(() => {
    let live = true
    setDraft(null)
    void loadDraft(key).then((stored) => {
      if (!live) return
      setDraft(
        stored ?? {
          form: EMPTY_FORM,
          photos: [],
          queued: false,
          version: versionRef.current,
          savedAt: new Date().toISOString(),
        },
      )
      setSaved(stored !== undefined)
    })
    return () => {
      live = false
    }
  }, [key])

  const update = useCallback((fn: (d: Draft) => Draft) => {
    setSaved(false)
    setDraft((d) => (d ? { ...fn(d), savedAt: new Date().toISOString() } : d))
  }, [])

  // Persist every change (after the first load, which came from the store).
  const loadedAt = useRef<string | null>(null)
  useEffect(() => {
    if (!draft || result) return
    if (loadedAt.current === null) {
      loadedAt.current = draft.savedAt
      return
    }
    let live = true
    void saveDraft(key, draft).then(() => live && setSaved(true))
    return () => {
      live = false
    }
  }, [draft, key, result])

  const removePhoto = (photo: PendingPhoto) =>
    update((d) => ({ ...d, photos: d.photos.filter((p) => p.id !== photo.id) }))

  const flush = useCallback(async () => {
    if (busy.current || done.current || !navigator.onLine || !draftRef.current) return
    busy.current = true
    setSending(true)
    try {
      for (const photo of draftRef.current.photos) {
        try {
          await uploadSitePhoto(csrf, mineId, photo.blob, photo.name, photo.device)
          removePhoto(photo)
          void refetchAfterWrite(queryClient, [evaluatorKeys.photos(mineId)])
        } catch (e) {
          if (isNetworkFailure(e)) return
          setPhotoError(e)
          removePhoto(photo)
        }
      }
      const current = draftRef.current
      if (!current?.queued) return
      try {
        const filed = await send(current)
        done.current = true
        await deleteDraft(key)
        setResult(filed)
        update((d) => ({ ...d, queued: false }))
        void refetchAfterWrite(queryClient, [evaluatorKeys.assignments])
      } catch (e) {
        if (isNetworkFailure(e)) return
        setSubmitError(e)
        update((d) => ({ ...d, queued: false }))
      }
    } finally {
      busy.current = false
      setSending(false)
    }
  }, [csrf, mineId, key, send, queryClient])

  // Send what waits whenever there is something to send and a connection to send it on.
  const photosWaiting = draft?.photos.length ?? 0
  const queued = draft?.queued ?? false
  useEffect(() => {
    if (online && (photosWaiting > 0 || queued)) void flush()
  }, [online, photosWaiting, queued, flush])

  const submit = (nextVersion?: number) => {
    setSubmitError(null)
    update((d) => ({ ...d, queued: true, ...(nextVersion === undefined ? {} : { version: nextVersion }) }))
  }

  const discard = async () => {
    await deleteDraft(key)
    loadedAt.current = null
    setDraft({ form: EMPTY_FORM, photos: [], queued: false, version, savedAt: new Date().toISOString() })
    setSaved(false)
  }

  const sync: SyncState = result
    ? 'sent'
    : !draft
      ? 'loading'
      : sending && queued
        ? 'sending'
        : queued || (!online && photosWaiting > 0)
          ? 'waiting'
          : 'saved'
  return {
    draft,
    update,
    submit,
    discard,
    sync,
    saved,
    online,
    result,
    submitError,
    photoError,
    setPhotoError,
  }
}
