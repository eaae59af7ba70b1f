// Drawing and editing one area: the tools on the map, live checks, the attributes, save at the
// version read (a refusal shown in place with its point marked; a conflict shown with both shapes),
// and the history with ghosts and restore.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { BBox, MultiPolygonGeometry, PolygonCoords } from '@zgm/domain'
import { bboxOf } from './geometry-bbox'
import { snapVertices } from './snap'
import { ApiError } from '../../api/client'
import { useI18n } from '../../i18n/i18n'
import { publishHook } from '../../test-hook'
import { ErrorNotice } from '../../shell/error-notice'
import { useHealth } from '../../shell/use-health'
import { useSession } from '../auth/session'
import type { ScreenContext } from '../map-screen/screen-context'
import {
  useMineAreas,
  useSaveArea,
  type AreaAttributes,
  type AreaFeature,
  type AreaKind,
} from './area-queries'
import { AttributeForm } from './attribute-form'
import { ConflictView, type Conflict } from './conflict-view'
import { DrawingToolbar } from './drawing-toolbar'
import { LiveStatus } from './live-status'
import { refreshAreaTiles, type MapOverlays } from './map-overlays'
import { useDrawnGeometry, useLiveCheck } from './use-live-check'
import { useEditorBridge } from './use-planner-map'
import { VersionList } from './version-list'

export interface AreaEditorProps {
  ctx: ScreenContext
  overlays: MapOverlays | null
  mineId: number
  /** The area as last read; null for a new one. */
  area: AreaFeature | null
  kind: AreaKind
  /** A shape to start a new area from (an import); ignored when `area` is given. */
  initialGeometry?: MultiPolygonGeometry | null
  onSaved(area: AreaFeature): void
}

const DEFAULT_NAME: Record<AreaKind, string> = { restoration: '生态修复区', reclamation: '土地复垦区' }
let tileRevision = 0

function attributesOf(area: AreaFeature | null, kind: AreaKind): AreaAttributes {
  const p = area?.properties
  return {
    kind: p && p.kind !== 'footprint' ? p.kind : kind,
    name: p?.name ?? DEFAULT_NAME[kind],
    targetLandClass: p?.targetLandClass ?? null,
    plannedStart: p?.plannedStart ?? null,
    plannedEnd: p?.plannedEnd ?? null,
    responsibleParty: p?.responsibleParty ?? null,
    notes: p?.notes ?? null,
    progress: p?.progress ?? 'planned',
  }
}

/** Positions rounded to ~1 cm, so that a shape read back from the server compares equal. */
const shapeKey = (g: MultiPolygonGeometry | null) =>
  g ? JSON.stringify(g.coordinates, (_, v) => (typeof v === 'number' ? Math.round(v * 1e7) : v)) : ''

export function AreaEditor({ ctx, overlays, mineId, area, kind, initialGeometry, onSaved }: AreaEditorProps) {
  const { t } = useI18n()
  const { session } = useSession()
  const maxDistanceM = useHealth()?.areaMaxDistanceM ?? 500
  const editor = useEditorBridge(ctx.bridge, true)
  const areas = useMineAreas(mineId).data?.features ?? []
  const [base, setBase] = useState<AreaFeature | null>(area)
  const [attributes, setAttributes] = useState(() => attributesOf(area, kind))
  const [serverError, setServerError] = useState<unknown>(null)
  const [conflict, setConflict] = useState<Conflict | null>(null)
  const [ghost, setGhost] = useState<number | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const save = useSaveArea()

  const footprint = useMemo(() => {
    const polygons = areas
      .filter((f) => f.properties.kind === 'footprint')
      .flatMap((f) => f.geometry.coordinates)
    return polygons.length ? (polygons as PolygonCoords[]) : null
  }, [areas])
  const others = useMemo(
    () => areas.filter((f) => f.properties.kind !== 'footprint' && f.id !== area?.id),
    [areas, area?.id],
  )

  // A new area: the map goes to the mine's footprint (once known) to draw against it.
  const footprintKey = footprint
    ? JSON.stringify(bboxOf({ type: 'MultiPolygon', coordinates: footprint }))
    : ''
  useEffect(() => {
    if (area || !footprintKey) return
    const [w, s, e, n] = JSON.parse(footprintKey) as BBox
    const m = Math.max(e - w, n - s) * 0.8
    ctx.showBBox([w - m, s - m, e + m, n + m], 17)
  }, [area, footprintKey, ctx.showBBox])

  // While drawing, a click on the map draws; it does not open a mine or a county.
  useEffect(() => {
    ctx.pauseMapPicking(true)
    return () => ctx.pauseMapPicking(false)
  }, [ctx.pauseMapPicking])

  // Loaded once per area: a refetch (another tab saved) must not replace what is being drawn;
  // saving then meets the conflict view instead.
  const firstShape = useRef((area?.geometry as MultiPolygonGeometry | undefined) ?? initialGeometry ?? null)
  useEffect(() => {
    editor?.load(firstShape.current)
  }, [editor])

  useEffect(() => {
    editor?.setSnapVertices(
      snapVertices([
        ...(footprint ?? []),
        ...others.flatMap((f) => f.geometry.coordinates as PolygonCoords[]),
      ]),
    )
    overlays?.set('footprint', footprint ? [{ type: 'MultiPolygon', coordinates: footprint }] : [])
    return () => overlays?.set('footprint', [])
  }, [editor, overlays, footprint, others])

  const geometry = useDrawnGeometry(editor)
  const check = useLiveCheck(geometry, footprint, maxDistanceM)
  const liveAt = check?.problems.flatMap((p) => ('at' in p && p.at ? [p.at] : []))[0] ?? null
  useEffect(() => {
    overlays?.setProblem(liveAt)
    return () => overlays?.setProblem(null)
  }, [overlays, liveAt?.[0], liveAt?.[1]])

  useEffect(() => {
    publishHook({
      editor: {
        ready: editor !== null,
        parts: geometry?.coordinates.length ?? 0,
        problems: check?.problems.map((p) => p.code) ?? [],
        theirs: overlays?.count('theirs') ?? 0,
        version: base?.properties.version ?? 0,
        geometry,
      },
    })
  }, [editor, geometry, check, overlays, conflict, base])

  const dirty =
    shapeKey(geometry) !== shapeKey((base?.geometry as MultiPolygonGeometry | undefined) ?? null) ||
    JSON.stringify(attributes) !== JSON.stringify(attributesOf(base, kind))
  const canSave = Boolean(
    session && geometry && check && check.problems.length === 0 && attributes.name.trim(),
  )

  const saveAt = useCallback(
    async (version: number | null) => {
      if (!session || !geometry) return
      setServerError(null)
      setNotice(null)
      try {
        const saved = await save.mutateAsync(
          version === null || !base
            ? { csrf: session.csrfToken, mineId, attributes, geometry }
            : { csrf: session.csrfToken, id: base.id, version, attributes, geometry },
        )
        setBase(saved)
        setConflict(null)
        overlays?.set('theirs', [])
        setNotice(t('saved', { n: saved.properties.version }))
        if (ctx.bridge) refreshAreaTiles(ctx.bridge.map, ++tileRevision)
        onSaved(saved)
      } catch (e) {
        const current = e instanceof ApiError && e.code === 'version_conflict' ? e.params.current : null
        if (current && e instanceof ApiError) {
          const theirs = current as AreaFeature
          setConflict({ current: theirs, currentVersion: Number(e.params.currentVersion) })
          overlays?.set('theirs', [theirs.geometry as MultiPolygonGeometry])
        } else setServerError(e)
      }
    },
    [session, geometry, save, base, mineId, attributes, overlays, t, ctx.bridge, onSaved],
  )
  const onSave = useCallback(() => {
    if (canSave && !save.isPending) void saveAt(base ? base.properties.version : null)
  }, [canSave, save.isPending, saveAt, base])

  const takeTheirs = () => {
    if (!conflict) return
    editor?.load(conflict.current.geometry as MultiPolygonGeometry)
    setBase(conflict.current)
    setAttributes(attributesOf(conflict.current, kind))
    setConflict(null)
    overlays?.set('theirs', [])
  }

  return (
    <div className="area-editor" data-testid="area-editor">
      {editor ? <DrawingToolbar editor={editor} onSave={onSave} /> : <p className="muted">{t('loading')}</p>}
      <p className="muted small">{t('toolHint')}</p>
      <LiveStatus check={check} hasFootprint={footprint !== null} />
      {conflict && (
        <ConflictView
          conflict={conflict}
          onTakeTheirs={takeTheirs}
          onKeepMine={() => void saveAt(conflict.currentVersion)}
        />
      )}
      {serverError !== null && (
        <div data-testid="server-refusal">
          <p className="refusal-title">{t('serverRefused')}</p>
          <ErrorNotice error={serverError} />
        </div>
      )}
      <AttributeForm value={attributes} onChange={setAttributes} />
      <div className="button-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={!canSave || !dirty || save.isPending || conflict !== null}
          onClick={onSave}
          data-testid="save-area"
        >
          {save.isPending ? t('saving') : t('save')} <kbd>Ctrl+S</kbd>
        </button>
        {notice && (
          <span className="saved-note" role="status" data-testid="saved-note">
            {notice}
          </span>
        )}
      </div>
      {base && (
        <VersionList
          areaId={base.id}
          ghost={ghost}
          onGhost={(v) => {
            setGhost(v?.version ?? null)
            overlays?.set('ghost', v ? [v.geometry as MultiPolygonGeometry] : [])
          }}
          onRestore={(v) => {
            editor?.load(v.geometry as MultiPolygonGeometry)
            setNotice(t('versionRestored', { n: v.version }))
          }}
        />
      )}
    </div>
  )
}
