import { formatNumber } from '../i18n';
import type { LagRow } from '../lib/lag';
import { lag, state, t } from '../store';

const STAGE: Record<string, { ar: string; en: string }> = {
  normaliser: { ar: 'التنظيف', en: 'Normaliser' },
  extractor: { ar: 'الاستخلاص', en: 'Extractor' },
  indexer: { ar: 'الفهرسة', en: 'Indexer' },
  fetcher: { ar: 'الجلب', en: 'Fetcher' },
  api: { ar: 'الواجهة', en: 'API' },
};

function stageLabel(lang: 'ar' | 'en', group: string): string {
  const key = Object.keys(STAGE).find((k) => group.includes(k));
  return key ? STAGE[key][lang] : group;
}

const ORDER = ['fetcher', 'normaliser', 'extractor', 'indexer'];
const rank = (group: string) => {
  const i = ORDER.findIndex((k) => group.includes(k));
  return i === -1 ? ORDER.length : i;
};

const rate = (lang: 'ar' | 'en', v: number | null) => (v === null ? '—' : formatNumber(lang, Math.round(v * 10) / 10));

/** Consumer-group lag and throughput per stage, refreshed every few seconds. */
export function Pipeline() {
  const s = state.value;
  const d = t.value;
  const l = lag.value;
  const statusText = (st: LagRow['status']) => (st === 'ok' ? d.ok : st === 'lagging' ? d.lagging : st === 'stalled' ? d.stalled : '');
  return (
    <section class="panel pipeline" aria-labelledby="pipeline-h">
      <div class="panel-head">
        <h2 id="pipeline-h">{d.pipeline}</h2>
        {l?.snapshot && !l.error && <span class="live" title={d.updated} aria-hidden="true" />}
      </div>
      {l === undefined && <p class="muted">{d.loading}</p>}
      {l && l.snapshot === null && (
        <p class="unavailable" data-state="unavailable">
          {l.error ? `${d.error}: ${l.error}` : d.pipelineUnavailable}
        </p>
      )}
      {l?.snapshot && (
        <>
          <table data-state="live">
            <thead>
              <tr>
                <th scope="col">{d.stage}</th>
                <th scope="col">{d.lag}</th>
                <th scope="col">
                  {d.rate} <span class="unit">({d.perSecond})</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {[...l.snapshot.rows]
                .sort((a, b) => rank(a.group) - rank(b.group) || a.group.localeCompare(b.group))
                .map((row) => (
                  <tr key={row.group} data-group={row.group} data-status={row.status ?? ''}>
                    <th scope="row" title={[`${row.group} ← ${row.topics.join(', ')}`, row.reason].filter(Boolean).join('\n')}>
                      <span class={`dot ${row.status ?? ''}`} aria-hidden="true" />
                      {stageLabel(s.lang, row.group)}
                      <span class="replicas muted small" title={d.replicas} data-members={row.members}>
                        {' '}
                        ×{formatNumber(s.lang, row.members)}
                      </span>
                      {row.status && <span class="status-text">{statusText(row.status)}</span>}
                    </th>
                    <td>
                      {formatNumber(s.lang, row.lag)}
                      {row.lagSeconds !== null && row.lag > 0 && <span class="muted small"> · {formatNumber(s.lang, Math.round(row.lagSeconds))}s</span>}
                    </td>
                    <td>{rate(s.lang, row.rate)}</td>
                  </tr>
                ))}
              {l.snapshot.rows.length === 0 && (
                <tr>
                  <td colSpan={3} class="muted">
                    {d.loading}
                  </td>
                </tr>
              )}
            </tbody>
          </table>
          <p class="muted small">
            {d.updated}: {new Date(l.at).toLocaleTimeString(s.lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB')}
            {l.error && ` · ${d.error}`}
          </p>
        </>
      )}
    </section>
  );
}
