// Zoom and pan of the map as a transform of its projected plane: screen = plane * k + (x, y).

export interface View {
  k: number;
  x: number;
  y: number;
}

export const MIN_ZOOM = 1;
export const MAX_ZOOM = 40;

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

/** Keeps the plane covering the frame (no empty margins when zoomed in), within the zoom range. */
export function clampView(v: View, width: number, height: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k));
  const x = Math.min(0, Math.max(width - width * k, v.x));
  const y = Math.min(0, Math.max(height - height * k, v.y));
  return { k, x, y };
}

/** Zooms by `factor` keeping the screen point (px, py) where it is. */
export function zoomAt(v: View, factor: number, px: number, py: number, width: number, height: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k * factor));
  const f = k / v.k;
  return clampView({ k, x: px - (px - v.x) * f, y: py - (py - v.y) * f }, width, height);
}

/** The view that shows the plane rectangle [x0, y0]–[x1, y1] as large as fits, centred. */
export function fitRect(x0: number, y0: number, x1: number, y1: number, width: number, height: number, padding = 0.1): View {
  const w = Math.max(1e-6, Math.abs(x1 - x0));
  const h = Math.max(1e-6, Math.abs(y1 - y0));
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.min(width / w, height / h) * (1 - padding)));
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return clampView({ k, x: width / 2 - cx * k, y: height / 2 - cy * k }, width, height);
}

/** The plane point under a screen point. */
export const toPlane = (v: View, sx: number, sy: number): [number, number] => [(sx - v.x) / v.k, (sy - v.y) / v.k];
