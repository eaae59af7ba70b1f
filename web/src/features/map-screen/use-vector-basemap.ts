// The operator's vector basemap once its code has loaded (null: none configured, or still loading).
import { useEffect, useState } from 'react'
import { loadVectorBasemap, type VectorBasemap } from '../../map/vector-basemap'

export function useVectorBasemap(path: string | null): VectorBasemap | null {
  const [basemap, setBasemap] = useState<VectorBasemap | null>(null)
  useEffect(() => {
    if (!path) return
    let live = true
    void loadVectorBasemap(path, location.origin).then((b) => live && setBasemap(b))
    return () => void (live = false)
  }, [path])
  return basemap
}
