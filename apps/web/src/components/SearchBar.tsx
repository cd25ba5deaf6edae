import { useEffect, useState } from 'preact/hooks';
import { withFilters } from '../lib/url-state';
import { navigate, state, t } from '../store';

export function SearchBar() {
  const s = state.value;
  const d = t.value;
  const [draft, setDraft] = useState(s.q);
  useEffect(() => setDraft(s.q), [s.q]);
  return (
    <form
      class="searchbar"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(withFilters(s, { q: draft }));
      }}
    >
      <label for="q" class="visually-hidden">
        {d.searchLabel}
      </label>
      <input
        id="q"
        name="q"
        type="search"
        dir="auto"
        lang="ar"
        autocomplete="off"
        placeholder={d.searchPlaceholder}
        aria-describedby="keys-help"
        value={draft}
        onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
      />
      <button type="submit" class="primary">
        {d.search}
      </button>
      <label class="sort">
        <span>{d.sort}</span>
        <select value={s.sort} onChange={(e) => navigate({ ...s, sort: (e.target as HTMLSelectElement).value === 'relevance' ? 'relevance' : 'date', page: 1, incident: '' })}>
          <option value="date">{d.sortDate}</option>
          <option value="relevance">{d.sortRelevance}</option>
        </select>
      </label>
    </form>
  );
}
