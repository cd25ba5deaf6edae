import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber, placeName, vocab } from '../i18n';
import { bboxFromCorners, formatBbox, parseBbox } from '../lib/bbox';
import { Cluster, clusterPoints, clusterRadius, MapPoint, markerRadius } from '../lib/cluster';
import { clampView, fitRect, IDENTITY, toPlane, View, zoomAt } from '../lib/map-view';
import { serialiseState, withFilters } from '../lib/url-state';
import { COUNTRIES, FOCUS_COUNTRIES, GOVERNORATES, HEIGHT, projection, WIDTH } from '../map/outlines';
import { hovered, navigate, state, t, timeline } from '../store';
import type { IncidentSummary } from '../types';

const CLUSTER_PX = 26;
const PAN_STEP = 60;
// An area is shown with room around it: the map keeps its context.
const AREA_MARGIN = 0.45;

type Drag = { kind: 'pan' | 'draw'; id: number; sx: number; sy: number; view: View; moved: boolean; ex: number; ey: number };

/** The plane rectangle of a bbox string, or null. */
function bboxRect(bbox: string): [number, number, number, number] | null {
  const b = parseBbox(bbox);
  if (!b) return null;
  const [x0, y1] = projection([b.minLon, b.minLat])!;
  const [x1, y0] = projection([b.maxLon, b.maxLat])!;
  return [x0, y0, x1, y1];
}

/**
 * The incidents of the current search on a map drawn from bundled outlines (no tile server):
 * markers sized by casualties and coloured by category, clustered where they would overlap,
 * linked with the result list both ways. Drawing an area, or searching the area in view, sets
 * the search's bbox filter (kept in the URL like the others).
 */
export function IncidentMap() {
  const s = state.value;
  const d = t.value;
  const r = timeline.value;
  const data = r.status === 'ok' ? r.data : r.status === 'loading' ? r.previous : undefined;
  const svgRef = useRef<SVGSVGElement>(null);
  const [view, setView] = useState<View>(() => {
    const rect = bboxRect(s.bbox);
    return rect ? fitRect(...rect, WIDTH, HEIGHT, AREA_MARGIN) : IDENTITY;
  });
  const [drawMode, setDrawMode] = useState(false);
  const [drag, setDrag] = useState<Drag | null>(null);

  // An area chosen elsewhere (history, a shared link) brings the map to it.
  useEffect(() => {
    const rect = bboxRect(s.bbox);
    if (rect) setView(fitRect(...rect, WIDTH, HEIGHT, AREA_MARGIN));
  }, [s.bbox]);

  const items = data?.items ?? [];
  const placed = items.filter((i): i is IncidentSummary & { place: NonNullable<IncidentSummary['place']> } => !!i.place);
  const plane = useMemo(
    () =>
      placed.map((i) => {
        const [x, y] = projection([i.place.lon, i.place.lat]) ?? [NaN, NaN];
        return { item: i, x, y };
      }),
    [data],
  );
  const byId = useMemo(() => new Map(placed.map((i) => [i.id, i])), [data]);
  const points: MapPoint[] = plane
    .filter((p) => Number.isFinite(p.x))
    .map((p) => ({ id: p.item.id, x: p.x * view.k + view.x, y: p.y * view.k + view.y, casualties: (p.item.killed ?? 0) + (p.item.injured ?? 0), category: p.item.category }))
    .filter((p) => p.x > -30 && p.y > -30 && p.x < WIDTH + 30 && p.y < HEIGHT + 30);
  const clusters = clusterPoints(points, CLUSTER_PX);
  const hot = hovered.value;
  // The highlighted marker is drawn last, so it is on top.
  clusters.sort((a, b) => Number(a.members.some((m) => m.id === hot)) - Number(b.members.some((m) => m.id === hot)));

  const toSvg = (clientX: number, clientY: number): [number, number] => {
    const box = svgRef.current!.getBoundingClientRect();
    return [((clientX - box.left) / box.width) * WIDTH, ((clientY - box.top) / box.height) * HEIGHT];
  };
  const setArea = (x0: number, y0: number, x1: number, y1: number) => {
    const a = projection.invert!(toPlane(view, x0, y0))!;
    const b = projection.invert!(toPlane(view, x1, y1))!;
    navigate(withFilters(s, { bbox: formatBbox(bboxFromCorners(a, b)) }));
  };
  const zoomBy = (factor: number) => setView((v) => zoomAt(v, factor, WIDTH / 2, HEIGHT / 2, WIDTH, HEIGHT));
  const zoomToCluster = (c: Cluster) => {
    const xs = c.members.map((m) => (m.x - view.x) / view.k);
    const ys = c.members.map((m) => (m.y - view.y) / view.k);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Members at one spot cannot be told apart by zooming: zoom in a step around them instead.
    setView(x1 - x0 < 2 && y1 - y0 < 2 ? zoomAt(view, 3, c.x, c.y, WIDTH, HEIGHT) : fitRect(x0, y0, x1, y1, WIDTH, HEIGHT, 0.3));
  };
  const open = (id: string) => {
    hovered.value = id;
    navigate({ ...s, incident: id });
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const [sx, sy] = toSvg(e.clientX, e.clientY);
    setDrag({ kind: drawMode ? 'draw' : 'pan', id: e.pointerId, sx, sy, ex: sx, ey: sy, view, moved: false });
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const [ex, ey] = toSvg(e.clientX, e.clientY);
    const moved = drag.moved || Math.hypot(ex - drag.sx, ey - drag.sy) > 4;
    // Captured only once it is a drag: a plain click must still reach the marker under it.
    if (moved && !drag.moved) svgRef.current?.setPointerCapture(e.pointerId);
    if (drag.kind === 'pan' && moved) setView(clampView({ k: drag.view.k, x: drag.view.x + ex - drag.sx, y: drag.view.y + ey - drag.sy }, WIDTH, HEIGHT));
    setDrag({ ...drag, ex, ey, moved });
  };
  const onPointerUp = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    setDrag(null);
    if (drag.kind === 'draw' && Math.abs(drag.ex - drag.sx) > 6 && Math.abs(drag.ey - drag.sy) > 6) {
      setDrawMode(false);
      setArea(drag.sx, drag.sy, drag.ex, drag.ey);
    }
  };
  const onWheel = (e: WheelEvent) => {
    // Only with Ctrl/⌘: a plain wheel keeps scrolling the page past the map.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    const [px, py] = toSvg(e.clientX, e.clientY);
    setView((v) => zoomAt(v, e.deltaY < 0 ? 1.4 : 1 / 1.4, px, py, WIDTH, HEIGHT));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target !== e.currentTarget) return; // keys on a marker are the marker's
    const pan = { ArrowLeft: [PAN_STEP, 0], ArrowRight: [-PAN_STEP, 0], ArrowUp: [0, PAN_STEP], ArrowDown: [0, -PAN_STEP] }[e.key];
    if (pan) setView((v) => clampView({ k: v.k, x: v.x + pan[0], y: v.y + pan[1] }, WIDTH, HEIGHT));
    else if (e.key === '+' || e.key === '=') zoomBy(1.5);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / 1.5);
    else if (e.key === '0') setView(IDENTITY);
    else if (e.key === 'Escape' && drawMode) setDrawMode(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const area = bboxRect(s.bbox);
  const places = new Map<string, IncidentSummary[]>();
  for (const i of placed) {
    const key = placeName(s.lang, i.place);
    places.set(key, [...(places.get(key) ?? []), i]);
  }
  const drawRect = drag?.kind === 'draw' && drag.moved ? [Math.min(drag.sx, drag.ex), Math.min(drag.sy, drag.ey), Math.abs(drag.ex - drag.sx), Math.abs(drag.ey - drag.sy)] : null;
  const nameOf = (o: { name_ar: string; name_en: string }) => (s.lang === 'ar' ? o.name_ar : o.name_en);

  return (
    <section class="panel map-panel" aria-labelledby="map-h">
      <div class="panel-head">
        <h2 id="map-h">{d.map}</h2>
        {data && <span class="note">{d.mapNote(items.length, data.total)}</span>}
      </div>
      <div class="map-tools" role="toolbar" aria-label={d.map}>
        <button type="button" onClick={() => zoomBy(1.5)} aria-label={d.zoomIn} title={d.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoomBy(1 / 1.5)} aria-label={d.zoomOut} title={d.zoomOut}>
          −
        </button>
        <button type="button" onClick={() => setView(IDENTITY)}>
          {d.resetView}
        </button>
        <button type="button" class="draw-area" aria-pressed={drawMode} onClick={() => setDrawMode(!drawMode)}>
          {d.drawArea}
        </button>
        <button type="button" class="search-view" onClick={() => setArea(0, 0, WIDTH, HEIGHT)} disabled={view.k === 1 && view.x === 0 && view.y === 0}>
          {d.searchView}
        </button>
        {s.bbox && (
          <button type="button" class="link clear-area" onClick={() => navigate(withFilters(s, { bbox: '' }))}>
            {d.clearArea}
          </button>
        )}
        {/* In the toolbar's row, so the hint does not move the map under the pointer. */}
        <span class="note draw-hint" role="status">
          {drawMode ? d.drawing : ''}
        </span>
      </div>
      <div class={`map${drawMode ? ' drawing' : ''}`} role="region" aria-label={d.mapLabel} aria-describedby="map-summary map-keys" tabIndex={0} onKeyDown={onKeyDown} data-zoom={view.k.toFixed(2)}>
        <svg
          ref={svgRef}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={() => setDrag(null)}
          onWheel={onWheel}
          onDblClick={(e) => {
            const [px, py] = toSvg(e.clientX, e.clientY);
            setView((v) => zoomAt(v, 2, px, py, WIDTH, HEIGHT));
          }}
        >
          <rect class="sea" width={WIDTH} height={HEIGHT} aria-hidden="true" />
          <Outlines view={view} />
          <g class="labels" aria-hidden="true">
            {COUNTRIES.filter((c) => FOCUS_COUNTRIES.has(c.iso)).map((c) => (
              <text key={c.iso} class="country-label" x={c.label[0] * view.k + view.x} y={c.label[1] * view.k + view.y} direction={s.lang === 'ar' ? 'rtl' : 'ltr'}>
                {nameOf(c)}
              </text>
            ))}
            {GOVERNORATES.filter((g) => g.area * view.k * view.k > 0.008).map((g) => (
              <text key={g.iso} class="gov-label" x={g.label[0] * view.k + view.x} y={g.label[1] * view.k + view.y + 14} direction={s.lang === 'ar' ? 'rtl' : 'ltr'}>
                {nameOf(g)}
              </text>
            ))}
          </g>
          {area && <rect class="area" aria-hidden="true" x={area[0] * view.k + view.x} y={area[1] * view.k + view.y} width={(area[2] - area[0]) * view.k} height={(area[3] - area[1]) * view.k} />}
          <g class="markers">
            {clusters.map((c) =>
              c.members.length === 1 ? (
                <Marker key={c.key} point={c.members[0]} item={byId.get(c.members[0].id)!} hot={hot === c.key} onOpen={open} />
              ) : (
                <g
                  key={c.key}
                  class={`cluster${c.members.some((m) => m.id === hot) ? ' hl' : ''}`}
                  role="button"
                  tabIndex={0}
                  aria-label={d.cluster(c.members.length)}
                  data-count={c.members.length}
                  onClick={() => zoomToCluster(c)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      zoomToCluster(c);
                    }
                  }}
                >
                  <circle cx={c.x} cy={c.y} r={clusterRadius(c.members.length)} />
                  <text x={c.x} y={c.y} dy="0.35em">
                    {formatNumber(s.lang, c.members.length)}
                  </text>
                </g>
              ),
            )}
          </g>
          {drawRect && <rect class="drawn" x={drawRect[0]} y={drawRect[1]} width={drawRect[2]} height={drawRect[3]} aria-hidden="true" />}
        </svg>
      </div>
      <div class="map-foot">
        <p class="legend" aria-hidden="true">
          <span class="dot cat-attack_on_us_forces" /> {d.legendAttack} <span class="dot cat-strike_on_militias" /> {d.legendStrike} · {d.legendSize}
        </p>
        <p class="attribution">{d.attribution}</p>
      </div>
      <p id="map-summary" class="note">
        {s.bbox && <strong>{d.areaOn}. </strong>}
        {d.mapSummary(placed.length, places.size, items.length - placed.length)}
      </p>
      <p id="map-keys" class="visually-hidden">
        {d.mapKeys}
      </p>
      <details class="map-text">
        <summary>{d.mapText}</summary>
        <ul>
          {[...places].map(([name, list]) => (
            <li key={name}>
              <bdi>{name}</bdi> ({formatNumber(s.lang, list.length)}):{' '}
              {list.map((i, n) => (
                <span key={i.id}>
                  {n > 0 && '، '}
                  <a
                    href={serialiseState({ ...s, incident: i.id }) || '?'}
                    onClick={(e) => {
                      e.preventDefault();
                      open(i.id);
                    }}
                  >
                    {[i.date ? formatDate(s.lang, i.date, i.datePrecision) : null, vocab(s.lang, i.category)].filter(Boolean).join(' · ')}
                  </a>
                </span>
              ))}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/** Country and governorate outlines: static paths, moved by one transform as the view changes. */
function Outlines({ view }: { view: View }) {
  const paths = useMemo(
    () => (
      <>
        <g class="countries">
          {COUNTRIES.map((c) => (
            <path key={c.iso} class={FOCUS_COUNTRIES.has(c.iso) ? 'focus' : ''} d={c.d} />
          ))}
        </g>
        <g class="governorates">
          {GOVERNORATES.map((g) => (
            <path key={g.iso} d={g.d} />
          ))}
        </g>
        <g class="borders">
          {COUNTRIES.map((c) => (
            <path key={c.iso} d={c.d} />
          ))}
        </g>
      </>
    ),
    [],
  );
  return (
    <g class="outlines" aria-hidden="true" transform={`translate(${view.x} ${view.y}) scale(${view.k})`}>
      {paths}
    </g>
  );
}

function Marker({ point, item, hot, onOpen }: { point: MapPoint; item: IncidentSummary; hot: boolean; onOpen: (id: string) => void }) {
  const s = state.value;
  const d = t.value;
  const label = [
    vocab(s.lang, item.category),
    placeName(s.lang, item.place),
    item.date ? formatDate(s.lang, item.date, item.datePrecision) : null,
    item.killed !== null ? `${d.killed}: ${formatNumber(s.lang, item.killed)}` : null,
    item.injured !== null ? `${d.injured}: ${formatNumber(s.lang, item.injured)}` : null,
  ]
    .filter(Boolean)
    .join('، ');
  return (
    <a
      class={`marker cat-${item.category}${hot ? ' hl' : ''}`}
      href={serialiseState({ ...s, incident: item.id }) || '?'}
      data-id={item.id}
      aria-label={label}
      onMouseEnter={() => (hovered.value = item.id)}
      onMouseLeave={() => hovered.value === item.id && (hovered.value = '')}
      onFocus={() => (hovered.value = item.id)}
      onBlur={() => hovered.value === item.id && (hovered.value = '')}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey) return;
        e.preventDefault();
        onOpen(item.id);
      }}
    >
      <title>{label}</title>
      <circle cx={point.x} cy={point.y} r={markerRadius(point.casualties)} />
    </a>
  );
}
