import { EMPTY_STATE, incidentsQuery, parseState, serialiseState, timelineQuery, toggle, withFilters } from './url-state';

describe('URL state (deep links)', () => {
  it('round-trips a full state through the query string', () => {
    const state = {
      ...EMPTY_STATE,
      q: 'عين الأسد',
      from: '2024-01-01',
      to: '2024-03-31',
      category: ['attack_on_us_forces'],
      actor: ['kataib_hezbollah', 'nujaba'],
      weapon: ['drone'],
      place: 'التنف',
      sort: 'relevance' as const,
      page: 3,
      size: 25,
      incident: 'inc_abc',
      lang: 'en' as const,
    };
    expect(parseState(serialiseState(state))).toEqual(state);
  });

  it('writes only what differs from the defaults', () => {
    expect(serialiseState(EMPTY_STATE)).toBe('');
    expect(serialiseState({ ...EMPTY_STATE, q: ' التنف ' })).toBe(`?q=${encodeURIComponent('التنف').replace(/%20/g, '+')}`);
  });

  it('drops malformed values instead of failing', () => {
    const s = parseState('?from=yesterday&page=-2&sort=best&category=a,B!,strike_on_militias&incident=<script>&lang=fr');
    expect(s).toMatchObject({ from: '', page: 1, sort: 'date', category: ['a', 'strike_on_militias'], incident: '', lang: 'ar' });
  });

  it('builds API queries: results page by page, the timeline from the newest matches', () => {
    const s = { ...EMPTY_STATE, q: 'صواريخ', weapon: ['rocket'], page: 2 };
    expect(new URLSearchParams(incidentsQuery(s)).toString()).toBe('q=%D8%B5%D9%88%D8%A7%D8%B1%D9%8A%D8%AE&weapon=rocket&sort=date&page=2&size=10');
    expect(Object.fromEntries(new URLSearchParams(timelineQuery(s)))).toMatchObject({ sort: 'date', page: '1', size: '100', weapon: 'rocket' });
  });

  it('a filter change goes back to page 1 and closes the incident', () => {
    const s = withFilters({ ...EMPTY_STATE, page: 4, incident: 'inc_x', weapon: ['drone'] }, { weapon: toggle(['drone'], 'rocket') });
    expect(s).toMatchObject({ page: 1, incident: '', weapon: ['drone', 'rocket'] });
    expect(toggle(['drone', 'rocket'], 'drone')).toEqual(['rocket']);
  });
});
