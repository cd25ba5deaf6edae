import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { getArticleText } from '../api';
import { formatDate, formatNumber, governorate, placeName, ruleLabel, vocab } from '../i18n';
import { evidenceSentences, markSpans } from '../lib/marks';
import { outletLabel } from '../lib/outlet';
import { type Lang, serialiseState, withFilters } from '../lib/url-state';
import { detail, navigate, reload, state, t } from '../store';
import type { AttributedValue, FieldResolution, IncidentDocument, IncidentSource, MentionEvidence, PlaceRef } from '../types';
import { Marked } from './Marked';

export function IncidentDetail() {
  const d = t.value;
  const r = detail.value;
  const s = state.value;
  const back = () => {
    const id = s.incident;
    navigate({ ...s, incident: '' });
    requestAnimationFrame(() => (document.querySelector(`.result[data-id="${CSS.escape(id)}"]`) as HTMLElement | null)?.focus());
  };
  return (
    <article class="detail" aria-labelledby="detail-h" aria-busy={r.status === 'loading'}>
      <button type="button" class="back" onClick={back}>
        <span aria-hidden="true">{s.lang === 'ar' ? '→' : '←'}</span> {d.back}
      </button>
      {r.status === 'loading' && <p class="muted">{d.loading}</p>}
      {r.status === 'error' && (
        <p class="error" role="alert">
          {r.code === 404 ? d.notFound : `${d.error}: ${r.message}`}{' '}
          {r.code !== 404 && (
            <button type="button" onClick={reload}>
              {d.retry}
            </button>
          )}
        </p>
      )}
      {r.status === 'ok' && <IncidentBody doc={r.data} lang={s.lang} />}
    </article>
  );
}

function IncidentBody({ doc, lang }: { doc: IncidentDocument; lang: Lang }) {
  const d = t.value;
  const heading = useRef<HTMLHeadingElement>(null);
  // Before paint, so the heading is focused as soon as it is shown (a screen reader announces it once).
  useLayoutEffect(() => heading.current?.focus(), [doc.id]);
  const outletOf = (articleId: string, outlet: string | null) => {
    const src = doc.sources.find((x) => x.articleId === articleId);
    return outletLabel(outlet ?? src?.outlet, src?.url, articleId);
  };
  const title = [vocab(lang, doc.weapon === 'unknown' ? null : doc.weapon), placeName(lang, doc.place)].filter(Boolean).join(' · ') || vocab(lang, doc.category);
  const f = doc.fields;
  return (
    <>
      <header class="detail-head">
        <span class={`badge cat-${doc.category}`}>{vocab(lang, doc.category)}</span>
        <h2 id="detail-h" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <p class="muted small">
          {d.incident} <code dir="ltr">{doc.id}</code> · {d.confidence}: {formatNumber(lang, Math.round(doc.confidence * 100))}%
        </p>
      </header>
      <dl class="facts">
        <Fact label={d.date} field={f.date} lang={lang} outletOf={outletOf} render={(v) => formatDate(lang, v.value, v.precision)}>
          {doc.date ? (
            <>
              <time dateTime={doc.date.value}>{formatDate(lang, doc.date.value, doc.date.precision)}</time>
              <span class="chip">{doc.date.precision === 'month' ? d.precisionMonth : d.precisionDay}</span>
            </>
          ) : (
            d.unknown
          )}
        </Fact>
        <Fact label={d.place} field={f.place} lang={lang} outletOf={outletOf} render={(p: PlaceRef) => placeName(lang, p)} keyOf={(p: PlaceRef) => p.id ?? p.name_ar}>
          {doc.place ? <PlaceFacts place={doc.place} lang={lang} /> : d.unknown}
        </Fact>
        <Fact label={d.target} field={f.target} lang={lang} outletOf={outletOf} render={(v) => v}>
          {doc.target ? <span dir="auto">{doc.target}</span> : d.unknown}
        </Fact>
        <Fact label={d.weapon} field={f.weapon} lang={lang} outletOf={outletOf} render={(v) => vocab(lang, v)}>
          {doc.weapon ? vocab(lang, doc.weapon) : d.unknown}
        </Fact>
        <Fact label={d.actor} field={f.actor} lang={lang} outletOf={outletOf} render={(v) => vocab(lang, v)}>
          {doc.actor ? vocab(lang, doc.actor) : d.unknown}
        </Fact>
        <Fact label={d.claimedBy} field={f.claimed_by} lang={lang} outletOf={outletOf} render={(v) => vocab(lang, v)}>
          {doc.claimedBy ? vocab(lang, doc.claimedBy) : d.unknown}
        </Fact>
        <Fact label={d.killed} field={f.killed} lang={lang} outletOf={outletOf} render={(v) => formatNumber(lang, v)} always>
          <Count value={doc.killed} max={doc.killedMax} lang={lang} />
        </Fact>
        <Fact label={d.injured} field={f.injured} lang={lang} outletOf={outletOf} render={(v) => formatNumber(lang, v)} always>
          <Count value={doc.injured} max={doc.injuredMax} lang={lang} />
        </Fact>
      </dl>
      <EvidenceSection doc={doc} lang={lang} />
      <SourcesSection sources={doc.sources} lang={lang} />
    </>
  );
}

function Count({ value, max, lang }: { value: number | null; max: number | null; lang: Lang }) {
  if (value === null) return <>{t.value.unknown}</>;
  return (
    <strong class="num">
      {formatNumber(lang, value)}
      {max !== null && max !== value && ` – ${formatNumber(lang, max)}`}
    </strong>
  );
}

function PlaceFacts({ place, lang }: { place: PlaceRef; lang: Lang }) {
  const d = t.value;
  const gov = governorate(lang, place);
  return (
    <span class="place">
      <strong>{placeName(lang, place)}</strong>
      {lang === 'ar' && place.name_en && ' '}
      {lang === 'ar' && place.name_en && (
        <bdi class="muted alt-name" lang="en" dir="ltr">
          ({place.name_en})
        </bdi>
      )}
      <span class="sub">
        {gov && (
          <span>
            {d.governorate}: {gov}
          </span>
        )}
        <span>
          {d.coordinates}:{' '}
          <bdi dir="ltr" class="coords">
            {place.lat.toFixed(4)}, {place.lon.toFixed(4)}
          </bdi>
        </span>
        <a
          href={serialiseState(withFilters({ ...state.value }, { place: place.id ?? place.name_ar })) || '?'}
          onClick={(e) => {
            e.preventDefault();
            navigate(withFilters(state.value, { place: place.id ?? place.name_ar }));
          }}
        >
          {d.samePlace}
        </a>
      </span>
    </span>
  );
}

/** A fact: the chosen value, then every reported value and which sources gave it. */
function Fact<T>(props: {
  label: string;
  field: FieldResolution<T> | undefined;
  lang: Lang;
  outletOf: (articleId: string, outlet: string | null) => string;
  render: (v: T) => string;
  keyOf?: (v: T) => string;
  always?: boolean;
  children: preact.ComponentChildren;
}) {
  const d = t.value;
  const values: AttributedValue<T>[] = props.field?.values ?? [];
  const showAll = values.length > 1 || (props.always && values.length > 0);
  return (
    <div class={`fact${props.field?.conflicting ? ' conflicting' : ''}`}>
      <dt>{props.label}</dt>
      <dd>
        <div class="chosen">
          {props.children}
          {props.field?.conflicting && <span class="chip warn">{d.conflicting}</span>}
        </div>
        {showAll && (
          <ul class="values" aria-label={`${props.label}: ${d.allValues}`}>
            {values.map((v, i) => (
              <li key={props.keyOf ? props.keyOf(v.value) : `${i}`} class={JSON.stringify(v.value) === JSON.stringify(props.field?.chosen) ? 'is-chosen' : undefined}>
                <span class="value">{props.render(v.value)}</span> <span class="muted">{d.reportedBy}</span>{' '}
                <span class="by" dir="auto">
                  {[...new Set(v.sources.map((src) => props.outletOf(src.articleId, src.outlet)))].join('، ')}
                </span>
              </li>
            ))}
          </ul>
        )}
        {props.field && values.length > 1 && (
          <p class="rule muted small">
            {d.rule}: <span title={props.field.rule}>{ruleLabel(props.lang, props.field.rule)}</span>
          </p>
        )}
      </dd>
    </div>
  );
}

function EvidenceSection({ doc, lang }: { doc: IncidentDocument; lang: Lang }) {
  const d = t.value;
  const [texts, setTexts] = useState<Record<string, string>>({});
  useEffect(() => {
    const ctrl = new AbortController();
    setTexts({});
    for (const m of doc.mentions) {
      void getArticleText(m.articleId, ctrl.signal).then((a) => {
        if (a && !ctrl.signal.aborted) setTexts((prev) => ({ ...prev, [m.articleId]: a.text }));
      });
    }
    return () => ctrl.abort();
  }, [doc.id]);
  return (
    <section class="evidence" aria-labelledby="evidence-h">
      <h3 id="evidence-h">{d.evidence}</h3>
      {doc.mentions.map((m) => (
        <MentionCard key={`${m.articleId}#${m.index}`} mention={m} text={texts[m.articleId]} source={doc.sources.find((x) => x.articleId === m.articleId)} lang={lang} />
      ))}
    </section>
  );
}

function MentionCard({ mention, text, source, lang }: { mention: MentionEvidence; text?: string; source?: IncidentSource; lang: Lang }) {
  const d = t.value;
  const sentences = evidenceSentences(mention.evidence);
  const url = mention.url ?? source?.url ?? null;
  const outlet = outletLabel(mention.outlet ?? source?.outlet, url, mention.articleId);
  const published = mention.publishedAt ?? source?.publishedAt ?? null;
  const fieldsTitle = (fields?: string[]) => fields?.map((x) => vocab(lang, x)).join('، ');
  return (
    <div class="mention" data-article={mention.articleId}>
      <div class="mention-head">
        <strong dir="auto">{outlet}</strong>
        {published && <time dateTime={published}>{formatDate(lang, published)}</time>}
        {url && (
          <a href={url} target="_blank" rel="noopener noreferrer" dir="ltr">
            {d.openSource}
          </a>
        )}
        <span class="muted small">
          {d.confidence}: {formatNumber(lang, Math.round(mention.confidence * 100))}%
        </span>
      </div>
      {text ? (
        <p class="source-text" dir="rtl" lang="ar">
          <Marked
            segments={markSpans(
              text,
              sentences.flatMap((x) => x.fields.map((field) => ({ start: x.start, end: x.end, field }))),
            )}
            title={(seg) => fieldsTitle(seg.fields)}
          />
        </p>
      ) : (
        <>
          <ol class="sentences">
            {sentences.map((x) => (
              <li key={`${x.start}`}>
                <span class="fields">
                  {x.fields.map((field) => (
                    <span key={field} class="chip">
                      {vocab(lang, field)}
                    </span>
                  ))}
                </span>
                <blockquote dir="rtl" lang="ar">
                  <mark data-fields={x.fields.join(' ')} title={fieldsTitle(x.fields)}>
                    {x.sentence}
                  </mark>
                </blockquote>
              </li>
            ))}
          </ol>
          {sentences.length > 0 && <p class="muted small">{d.fullTextUnavailable}</p>}
        </>
      )}
    </div>
  );
}

function SourcesSection({ sources, lang }: { sources: IncidentSource[]; lang: Lang }) {
  const d = t.value;
  return (
    <section class="sources" aria-labelledby="sources-h">
      <h3 id="sources-h">
        {d.sourceArticles} <span class="count">{formatNumber(lang, sources.length)}</span>
      </h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{d.outlet}</th>
            <th scope="col">{d.published}</th>
            <th scope="col">{d.openSource}</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((src) => (
            <tr key={src.articleId}>
              <td dir="auto">{outletLabel(src.outlet, src.url, src.articleId)}</td>
              <td>{src.publishedAt ? <time dateTime={src.publishedAt}>{formatDate(lang, src.publishedAt)}</time> : '—'}</td>
              <td>
                {src.url ? (
                  <a href={src.url} target="_blank" rel="noopener noreferrer" dir="ltr" class="url">
                    {src.url.replace(/^https?:\/\//, '').slice(0, 60)}
                  </a>
                ) : (
                  <span class="muted">{d.noLink}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
