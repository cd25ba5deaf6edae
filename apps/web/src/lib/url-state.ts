// The page's whole state lives in the URL (deep links): query, filters, sort, page, open incident, language.
import type { SortOrder } from '../types';
import { formatBbox, parseBbox } from './bbox';

export type Lang = 'ar' | 'en';

export interface SearchState {
  q: string;
  from: string;
  to: string;
  category: string[];
  actor: string[];
  weapon: string[];
  place: string;
  /** Map area filter, `minLon,minLat,maxLon,maxLat` (API `bbox`); '' for none. */
  bbox: string;
  sort: SortOrder;
  page: number;
  /** Results per page (URL `size`, 1-100). */
  size: number;
  incident: string;
  lang: Lang;
}

export const PAGE_SIZE = 10;

export const EMPTY_STATE: SearchState = {
  q: '',
  from: '',
  to: '',
  category: [],
  actor: [],
  weapon: [],
  place: '',
  bbox: '',
  sort: 'date',
  page: 1,
  size: PAGE_SIZE,
  incident: '',
  lang: 'ar',
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z_]{1,40}$/;

const list = (v: string | null): string[] =>
  (v ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => CODE.test(s));

/** Reads a location.search string; anything malformed falls back to the default. */
export function parseState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page'));
  const size = Number(p.get('size'));
  return {
    q: (p.get('q') ?? '').slice(0, 200),
    from: ISO_DAY.test(p.get('from') ?? '') ? p.get('from')! : '',
    to: ISO_DAY.test(p.get('to') ?? '') ? p.get('to')! : '',
    category: list(p.get('category')),
    actor: list(p.get('actor')),
    weapon: list(p.get('weapon')),
    place: (p.get('place') ?? '').slice(0, 100),
    bbox: formatBbox(parseBbox(p.get('bbox') ?? '')),
    sort: p.get('sort') === 'relevance' ? 'relevance' : 'date',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    size: Number.isInteger(size) && size > 0 && size <= 100 ? size : PAGE_SIZE,
    incident: /^[\w.:-]{1,100}$/.test(p.get('incident') ?? '') ? p.get('incident')! : '',
    lang: p.get('lang') === 'en' ? 'en' : 'ar',
  };
}

/** The search part of the state as API parameters (no page/incident/lang). */
function searchParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q.trim()) p.set('q', s.q.trim());
  if (s.from) p.set('from', s.from);
  if (s.to) p.set('to', s.to);
  if (s.category.length) p.set('category', s.category.join(','));
  if (s.actor.length) p.set('actor', s.actor.join(','));
  if (s.weapon.length) p.set('weapon', s.weapon.join(','));
  if (s.place.trim()) p.set('place', s.place.trim());
  if (s.bbox) p.set('bbox', s.bbox);
  return p;
}

/** location.search for a state: only non-default values, in a stable order. */
export function serialiseState(s: SearchState): string {
  const p = searchParams(s);
  if (s.sort !== 'date') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.size !== PAGE_SIZE) p.set('size', String(s.size));
  if (s.incident) p.set('incident', s.incident);
  if (s.lang !== 'ar') p.set('lang', s.lang);
  const out = p.toString();
  return out ? `?${out}` : '';
}

/** The search's filters as API parameters: exports and the feed take exactly these. */
export function filterQuery(s: SearchState): string {
  return searchParams(s).toString();
}

/** GET /api/incidents query for the results list. */
export function incidentsQuery(s: SearchState, size = s.size): string {
  const p = searchParams(s);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('size', String(size));
  return p.toString();
}

/** GET /api/incidents query for the timeline: the same filters, newest first, one large page. */
export function timelineQuery(s: SearchState, size = 100): string {
  const p = searchParams(s);
  p.set('sort', 'date');
  p.set('page', '1');
  p.set('size', String(size));
  return p.toString();
}

/** Same search, new filters: back to page 1 and the result list. */
export function withFilters(s: SearchState, patch: Partial<SearchState>): SearchState {
  return { ...s, ...patch, page: 1, incident: '' };
}

export function toggle(values: string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function hasFilters(s: SearchState): boolean {
  return Boolean(s.q.trim() || s.from || s.to || s.category.length || s.actor.length || s.weapon.length || s.place.trim() || s.bbox);
}
