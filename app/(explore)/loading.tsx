// Shown while a page's queries run: the layout's shape, so nothing jumps when the data arrives.
// Only this route group has one: once a loading boundary has streamed, a page can no longer
// answer 404, and the province, leader and article pages must.
export default function Loading() {
  return (
    <div className="skeleton-page" aria-busy="true" aria-label="Loading 加载中">
      <div className="skeleton skeleton-bar" />
      <div className="map-layout">
        <div className="skeleton skeleton-map" />
        <div className="skeleton skeleton-panel" />
      </div>
    </div>
  );
}
