import { useEffect, useState } from 'preact/hooks';
import { formatNumber, vocab } from '../i18n';
import { hasFilters, toggle, withFilters } from '../lib/url-state';
import { navigate, results, state, t } from '../store';
import type { FacetBucket } from '../types';

type FacetName = 'category' | 'actor' | 'weapon';

export function Filters() {
  const s = state.value;
  const d = t.value;
  const [from, setFrom] = useState(s.from);
  const [to, setTo] = useState(s.to);
  const [place, setPlace] = useState(s.place);
  useEffect(() => {
    setFrom(s.from);
    setTo(s.to);
    setPlace(s.place);
  }, [s.from, s.to, s.place]);
  const r = results.value;
  const facets = r.status === 'ok' ? r.data.facets : r.status === 'loading' ? r.previous?.facets : undefined;
  return (
    <section class="panel filters" aria-labelledby="filters-h">
      <h2 id="filters-h">{d.filters}</h2>
      <form
        class="filter-form"
        onSubmit={(e) => {
          e.preventDefault();
          navigate(withFilters(s, { from, to, place }));
        }}
      >
        <div class="dates">
          <label>
            <span>{d.from}</span>
            <input type="date" name="from" value={from} max={to || undefined} onInput={(e) => setFrom((e.target as HTMLInputElement).value)} />
          </label>
          <label>
            <span>{d.to}</span>
            <input type="date" name="to" value={to} min={from || undefined} onInput={(e) => setTo((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        <label>
          <span>{d.place}</span>
          <input type="text" name="place" dir="auto" placeholder={d.placePlaceholder} value={place} onInput={(e) => setPlace((e.target as HTMLInputElement).value)} />
        </label>
        <div class="row">
          <button type="submit">{d.apply}</button>
          {hasFilters(s) && (
            <button type="button" class="link" onClick={() => navigate(withFilters(s, { q: '', from: '', to: '', category: [], actor: [], weapon: [], place: '' }))}>
              {d.clear}
            </button>
          )}
        </div>
      </form>
      {(['category', 'weapon', 'actor'] as FacetName[]).map((name) => (
        <Facet key={name} name={name} buckets={facets?.[name] ?? []} />
      ))}
    </section>
  );
}

function Facet({ name, buckets }: { name: FacetName; buckets: FacetBucket[] }) {
  const s = state.value;
  const d = t.value;
  const selected = s[name];
  const shown = [...buckets];
  for (const v of selected) if (!shown.some((b) => b.value === v)) shown.push({ value: v, count: 0 });
  if (!shown.length) return null;
  return (
    <fieldset class="facet" data-facet={name}>
      <legend>{d[name]}</legend>
      <ul>
        {shown.map((b) => {
          const id = `f-${name}-${b.value}`;
          return (
            <li key={b.value}>
              <input id={id} type="checkbox" name={name} value={b.value} checked={selected.includes(b.value)} onChange={() => navigate(withFilters(s, { [name]: toggle(selected, b.value) }))} />
              <label for={id}>
                <span class="facet-label">{vocab(s.lang, b.value)}</span>
                <span class="count">{formatNumber(s.lang, b.count)}</span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
