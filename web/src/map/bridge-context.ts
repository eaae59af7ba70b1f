// The screen's map bridge for components deep in a panel (an error that points at a place).
import { createContext, useContext } from 'react'
import type { MapBridge } from './bridge'

export const MapBridgeContext = createContext<MapBridge | null>(null)

export const useMapBridge = (): MapBridge | null => useContext(MapBridgeContext)
