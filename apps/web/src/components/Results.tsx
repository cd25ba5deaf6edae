import { formatDate, formatNumber, placeName, vocab } from '../i18n';
import { splitMarks } from '../lib/marks';
import { filterQuery, serialiseState } from '../lib/url-state';
import { hovered, navigate, reload, results, state, t } from '../store';
import type { IncidentSummary } from '../types';
import { Marked } from './Marked';

export function Results() {
  const s = state.value;
  const d = t.value;
  const r = results.value;
  const data = r.status === 'ok' ? r.data : r.status === 'loading' ? r.previous : undefined;
  const pages = data ? Math.max(1, Math.ceil(data.total / s.size)) : 1;
  return (
    <section class="results" id="results" aria-labelledby="results-h" aria-busy={r.status === 'loading'} data-query={r.status === 'ok' ? r.key : undefined} tabIndex={-1}>
      <div class="results-head">
        <h2 id="results-h" aria-live="polite">
          {r.status === 'error' ? d.error : data ? d.results(data.total, data.totalRelation === 'gte') : d.loading}
        </h2>
        {r.status === 'loading' && <span class="spinner" aria-hidden="true" />}
        <ExportLinks />
      </div>
      {r.status === 'error' && (
        <p class="error" role="alert">
          {r.message}{' '}
          <button type="button" onClick={reload}>
            {d.retry}
          </button>
        </p>
      )}
      {data && data.total === 0 && <p class="empty">{d.noResultsHint}</p>}
      {data && data.items.length > 0 && (
        <ol class="result-list" start={(s.page - 1) * s.size + 1}>
          {data.items.map((item) => (
            <li key={item.id}>
              <ResultCard item={item} />
            </li>
          ))}
        </ol>
      )}
      {data && pages > 1 && <Pager page={s.page} pages={pages} />}
    </section>
  );
}

function ResultCard({ item }: { item: IncidentSummary }) {
  const s = state.value;
  const d = t.value;
  const href = serialiseState({ ...s, incident: item.id }) || '?';
  const casualties = [item.killed !== null ? `${d.killed}: ${formatNumber(s.lang, item.killed)}` : '', item.injured !== null ? `${d.injured}: ${formatNumber(s.lang, item.injured)}` : ''].filter(
    Boolean,
  );
  return (
    <a
      class={`result${hovered.value === item.id ? ' hl' : ''}`}
      href={href}
      data-id={item.id}
      onMouseEnter={() => (hovered.value = item.id)}
      onMouseLeave={() => hovered.value === item.id && (hovered.value = '')}
      onFocus={() => (hovered.value = item.id)}
      onBlur={() => hovered.value === item.id && (hovered.value = '')}
      onClick={(e) => {
        if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        navigate({ ...s, incident: item.id });
      }}
    >
      <div class="result-top">
        <span class={`badge cat-${item.category}`}>{vocab(s.lang, item.category)}</span>
        {item.date && <time dateTime={item.date}>{formatDate(s.lang, item.date, item.datePrecision)}</time>}
      </div>
      <h3>{[vocab(s.lang, item.weapon === 'unknown' ? null : item.weapon), placeName(s.lang, item.place)].filter(Boolean).join(' · ') || vocab(s.lang, item.category)}</h3>
      <p class="meta">
        {item.actor && item.actor !== 'unknown' && <span>{vocab(s.lang, item.actor)}</span>}
        {item.target && <span dir="auto">{item.target}</span>}
        {casualties.map((c) => (
          <span key={c} class="casualty">
            {c}
          </span>
        ))}
      </p>
      {item.highlight && (
        <p class="snippet" dir="rtl" lang="ar">
          <Marked segments={splitMarks(item.highlight)} />
        </p>
      )}
      <p class="sources-line">
        {d.sources(item.sourceCount)}
        {item.outlets.length > 0 && (
          <>
            {' — '}
            <bdi>{item.outlets.join('، ')}</bdi>
          </>
        )}
      </p>
    </a>
  );
}

function Pager({ page, pages }: { page: number; pages: number }) {
  const s = state.value;
  const d = t.value;
  const go = (p: number) => (e: Event) => {
    e.preventDefault();
    navigate({ ...s, page: p, incident: '' });
    document.getElementById('results')?.focus();
  };
  const nums: number[] = [];
  for (let p = Math.max(1, page - 2); p <= Math.min(pages, page + 2); p++) nums.push(p);
  return (
    <nav class="pager" aria-label={d.pagination}>
      <a class="page-link" aria-disabled={page <= 1} href={page > 1 ? serialiseState({ ...s, page: page - 1 }) || '?' : undefined} onClick={page > 1 ? go(page - 1) : undefined}>
        {d.prev}
      </a>
      {nums.map((p) => (
        <a key={p} class="page-link" href={serialiseState({ ...s, page: p }) || '?'} aria-current={p === page ? 'page' : undefined} onClick={go(p)}>
          {formatNumber(s.lang, p)}
        </a>
      ))}
      <a class="page-link" aria-disabled={page >= pages} href={page < pages ? serialiseState({ ...s, page: page + 1 }) : undefined} onClick={page < pages ? go(page + 1) : undefined}>
        {d.next}
      </a>
      <span class="page-of">{d.page(page, pages)}</span>
    </nav>
  );
}

/** Every page of the current search as a file (streamed by the API), and its Atom feed. */
function ExportLinks() {
  const d = t.value;
  const q = filterQuery(state.value);
  const url = (path: string, extra: string) => `/api/incidents/${path}?${[extra, q].filter(Boolean).join('&')}`;
  return (
    <div class="export" role="group" aria-label={d.download}>
      <span class="export-label">{d.download}:</span>
      {(['csv', 'geojson', 'jsonl'] as const).map((f) => (
        <a key={f} class="export-link" href={url('export', `format=${f}`)} download data-format={f}>
          {f === 'csv' ? 'CSV' : f === 'geojson' ? 'GeoJSON' : 'JSONL'}
        </a>
      ))}
      <a class="export-link feed-link" href={url('feed', '').replace(/\?$/, '')} type="application/atom+xml">
        {d.follow}
      </a>
    </div>
  );
}
