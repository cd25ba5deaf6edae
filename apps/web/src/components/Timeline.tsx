import { formatDate, formatNumber } from '../i18n';
import type { Lang } from '../lib/url-state';
import { histogram } from '../lib/histogram';
import { withFilters } from '../lib/url-state';
import { navigate, state, t, timeline } from '../store';

/** Incidents per day or month for the current search, from the newest page of matches. */
export function Timeline() {
  const s = state.value;
  const d = t.value;
  const r = timeline.value;
  const data = r.status === 'ok' ? r.data : r.status === 'loading' ? r.previous : undefined;
  const dates = data?.items.map((i) => i.date) ?? [];
  const buckets = histogram(dates);
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const daily = buckets[0]?.key.length === 10;
  const dated = dates.filter(Boolean).length;
  // Few buckets: each bar gets its count and date; many: only the axis ends.
  const labelled = buckets.length <= 16;
  return (
    <section class="panel timeline" aria-labelledby="timeline-h">
      <div class="panel-head">
        <h2 id="timeline-h">{d.timeline}</h2>
        {data && buckets.length > 0 && <span class="note">{d.timelineNote(data.items.length, data.total)}</span>}
      </div>
      {r.status === 'error' && <p class="error">{d.error}</p>}
      {data && buckets.length === 0 && <p class="empty">{d.timelineEmpty}</p>}
      {buckets.length > 0 && (
        <div class={`bars${labelled ? ' labelled' : ''}`} role="group" aria-labelledby="timeline-h" data-dated={dated}>
          {buckets.map((b) => {
            const label = formatDate(s.lang, daily ? b.from : b.key, daily ? 'day' : 'month');
            const active = s.from === b.from && s.to === b.to;
            return (
              <button
                type="button"
                key={b.key}
                class={`bar${active ? ' active' : ''}`}
                disabled={b.count === 0}
                title={d.timelineBar(label, b.count)}
                aria-label={d.timelineBar(label, b.count)}
                aria-pressed={active}
                onClick={() => navigate(withFilters(s, active ? { from: '', to: '' } : { from: b.from, to: b.to }))}
              >
                {labelled && b.count > 0 && (
                  <span class="bar-count" aria-hidden="true">
                    {formatNumber(s.lang, b.count)}
                  </span>
                )}
                <span class="bar-track">
                  <span class="bar-fill" style={{ height: `${Math.max(b.count ? 6 : 2, (b.count / max) * 100)}%` }} />
                </span>
                {labelled && (
                  <span class="bar-label" aria-hidden="true">
                    {shortLabel(s.lang, b.from, daily)}
                  </span>
                )}
              </button>
            );
          })}
        </div>
      )}
      {!labelled && buckets.length > 1 && (
        <div class="axis" aria-hidden="true">
          <span>{formatDate(s.lang, daily ? buckets[0].from : buckets[0].key, daily ? 'day' : 'month')}</span>
          <span>{formatDate(s.lang, daily ? buckets[buckets.length - 1].from : buckets[buckets.length - 1].key, daily ? 'day' : 'month')}</span>
        </div>
      )}
    </section>
  );
}

function shortLabel(lang: Lang, day: string, daily: boolean): string {
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  return new Intl.DateTimeFormat(locale, daily ? { day: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(Date.parse(day));
}
