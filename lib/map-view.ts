// The map page's view: the choropleth with its period control, or small multiples (a map per period).
export const MAP_VIEWS = ["map", "multiples"] as const;
export type MapView = (typeof MAP_VIEWS)[number];
export const MAP_VIEW_PARAM = "view";

/** The view a URL asks for, and its other parameters (the filters); an unknown view is an error. */
export function splitMapView(params: URLSearchParams): { ok: true; view: MapView; filters: URLSearchParams } | { ok: false; message: string } {
  const asked = params.getAll(MAP_VIEW_PARAM);
  const filters = new URLSearchParams([...params].filter(([key]) => key !== MAP_VIEW_PARAM));
  if (asked.length > 1) return { ok: false, message: `${MAP_VIEW_PARAM}: give it once, not ${asked.length} times` };
  const view = asked[0] || "map";
  if (!(MAP_VIEWS as readonly string[]).includes(view)) return { ok: false, message: `${MAP_VIEW_PARAM}: must be one of: ${MAP_VIEWS.join(", ")}` };
  return { ok: true, view: view as MapView, filters };
}
