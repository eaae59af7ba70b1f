export function RouteFallback() {
  return (
    <div className="route-fallback" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      浙江省绿色矿山监管平台 · 加载中…
    </div>
  )
}
