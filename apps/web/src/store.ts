// Application state: the URL-derived search state plus what the API returned for it.
import { computed, effect, signal } from '@preact/signals';
import { getDown, getIncident, getLag, searchIncidents } from './api';
import type { DownPart } from './lib/health';
import { DICT } from './i18n';
import type { LagSnapshot } from './lib/lag';
import { filterQuery, incidentsQuery, parseState, SearchState, serialiseState, timelineQuery } from './lib/url-state';
import type { IncidentDocument, IncidentSearchResult } from './types';

/** `key`: the request the data answers (for results, the API query string). */
export type Remote<T> = { status: 'idle' } | { status: 'loading'; previous?: T } | { status: 'ok'; data: T; key: string } | { status: 'error'; message: string; code?: number };

export const state = signal<SearchState>(parseState(location.search));
export const lang = computed(() => state.value.lang);
export const t = computed(() => DICT[lang.value]);

export const results = signal<Remote<IncidentSearchResult>>({ status: 'idle' });
export const timeline = signal<Remote<IncidentSearchResult>>({ status: 'idle' });
export const detail = signal<Remote<IncidentDocument>>({ status: 'idle' });
/** The incident under the pointer or focus, in the list or on the map: both show it. */
export const hovered = signal<string>('');
/** undefined: not loaded yet; null: the API has no lag endpoint. */
export const lag = signal<{ snapshot: LagSnapshot | null; error: string | null; at: number } | undefined>(undefined);

/** What the API's /health says is down; undefined until first asked, an 'api' part when it cannot be reached. */
export const down = signal<DownPart[] | undefined>(undefined);

/** Moves to a new state; pushes a history entry unless `replace`. */
export function navigate(next: SearchState, options: { replace?: boolean } = {}): void {
  const url = `${location.pathname}${serialiseState(next)}`;
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  state.value = next;
}

const reloadTick = signal(0);
/** Fetches the current results, timeline and incident again (after an error). */
export function reload(): void {
  reloadTick.value++;
}

function fetchInto<T>(target: { value: Remote<T>; peek(): Remote<T> }, key: string, load: (signal: AbortSignal) => Promise<T>): () => void {
  const ctrl = new AbortController();
  const current = target.peek(); // not a dependency of the calling effect
  const previous = current.status === 'ok' ? current.data : current.status === 'loading' ? current.previous : undefined;
  target.value = { status: 'loading', previous };
  load(ctrl.signal).then(
    (data) => {
      if (!ctrl.signal.aborted) target.value = { status: 'ok', data, key };
    },
    (err: Error & { status?: number }) => {
      if (!ctrl.signal.aborted) target.value = { status: 'error', message: err.message, code: err.status };
    },
  );
  return () => ctrl.abort();
}

const resultsKey = computed(() => incidentsQuery(state.value));
const timelineKey = computed(() => timelineQuery(state.value));
const incidentId = computed(() => state.value.incident);

export function startStore(): void {
  window.addEventListener('popstate', () => {
    state.value = parseState(location.search);
  });
  effect(() => {
    const q = resultsKey.value;
    void reloadTick.value;
    return fetchInto(results, q, (s) => searchIncidents(q, s));
  });
  effect(() => {
    const q = timelineKey.value;
    void reloadTick.value;
    return fetchInto(timeline, q, (s) => searchIncidents(q, s));
  });
  effect(() => {
    const id = incidentId.value;
    void reloadTick.value;
    if (!id) {
      detail.value = { status: 'idle' };
      return;
    }
    return fetchInto(detail, id, (s) => getIncident(id, s));
  });
  effect(() => {
    // Feed readers find the current search's Atom feed from the page (autodiscovery).
    const q = filterQuery(state.value);
    let link = document.querySelector<HTMLLinkElement>('link[rel="alternate"][type="application/atom+xml"]');
    if (!link) {
      link = document.createElement('link');
      link.rel = 'alternate';
      link.type = 'application/atom+xml';
      document.head.appendChild(link);
    }
    link.href = `/api/incidents/feed${q ? `?${q}` : ''}`;
    link.title = t.value.feedTitle;
  });
  effect(() => {
    document.documentElement.lang = lang.value;
    document.documentElement.dir = lang.value === 'ar' ? 'rtl' : 'ltr';
    document.title = t.value.title;
  });
  void pollLag();
  void pollHealth();
}

// The launcher restarts a crashed child in a second or two: look often enough to show it.
const HEALTH_EVERY_MS = 2000;

async function pollHealth(): Promise<void> {
  try {
    down.value = await getDown(AbortSignal.timeout(5000));
  } catch (err) {
    down.value = [{ part: 'api', message: (err as Error).message }];
  }
  setTimeout(() => void pollHealth(), HEALTH_EVERY_MS);
}

const LAG_EVERY_MS = 3000;

async function pollLag(): Promise<void> {
  try {
    const snapshot = await getLag(AbortSignal.timeout(5000));
    lag.value = { snapshot, error: null, at: Date.now() };
    if (snapshot === null) return; // no endpoint: nothing to refresh
  } catch (err) {
    lag.value = { snapshot: lag.value?.snapshot ?? null, error: (err as Error).message, at: Date.now() };
  }
  setTimeout(() => void pollLag(), LAG_EVERY_MS);
}
