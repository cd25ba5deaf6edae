import { MAX_PAGE_SIZE, parseArticleQuery, parseIncidentQuery } from './search-params.query';

const errorsOf = (r: ReturnType<typeof parseIncidentQuery>) => (r.ok ? [] : r.errors);

describe('parseIncidentQuery', () => {
  it('applies defaults', () => {
    expect(parseIncidentQuery({})).toEqual({ ok: true, query: { sort: 'date', page: 1, size: 20 } });
    expect(parseIncidentQuery({ q: 'هجوم' })).toEqual({ ok: true, query: { q: 'هجوم', sort: 'relevance', page: 1, size: 20 } });
  });

  it('parses every parameter', () => {
    const r = parseIncidentQuery({
      q: ' قاعدة التنف ',
      from: '2024-01-01',
      to: '2024-01-31',
      category: 'attack_on_us_forces',
      actor: ['nujaba', 'kataib_hezbollah,nujaba'],
      weapon: 'drone,rocket',
      place: 'التنف',
      near: '33.5, 38.65, 25',
      minKilled: '2',
      sort: 'date',
      page: '3',
      size: '50',
    });
    expect(r).toEqual({
      ok: true,
      query: {
        q: 'قاعدة التنف',
        from: '2024-01-01',
        to: '2024-01-31',
        category: ['attack_on_us_forces'],
        actor: ['nujaba', 'kataib_hezbollah'],
        weapon: ['drone', 'rocket'],
        place: 'التنف',
        near: { lat: 33.5, lon: 38.65, km: 25 },
        minKilled: 2,
        sort: 'date',
        page: 3,
        size: 50,
      },
    });
  });

  it('treats empty values as absent', () => {
    expect(parseIncidentQuery({ q: '', category: '', page: undefined })).toEqual({ ok: true, query: { sort: 'date', page: 1, size: 20 } });
    // Spaces are as empty as nothing: q=%20%20 is q=.
    expect(parseIncidentQuery({ q: '  ', place: ' ' })).toEqual({ ok: true, query: { sort: 'date', page: 1, size: 20 } });
    expect(parseArticleQuery({ q: '   ' })).toEqual({ ok: true, query: { page: 1, size: 20 } });
  });

  it.each([
    [{ from: '2024-13-01' }, 'from: is not a real calendar date'],
    [{ from: '01/02/2024' }, 'from: must be a date YYYY-MM-DD'],
    [{ from: '2024-02-01', to: '2024-01-01' }, 'from: from must not be after to'],
    [{ category: 'bombing' }, 'category: must be one of attack_on_us_forces, strike_on_militias'],
    [{ weapon: 'drone,laser' }, 'weapon: must be one of drone'],
    [{ actor: 'aliens' }, 'actor: must be one of'],
    [{ near: '33.5,38.6' }, 'near: must be lat,lon,km'],
    [{ near: '95,38.6,10' }, 'latitude must be within -90..90'],
    [{ near: '33,200,10' }, 'longitude must be within -180..180'],
    [{ near: '33,40,0' }, 'radius must be above 0 km'],
    [{ minKilled: '-1' }, 'minKilled: must be at least 0'],
    [{ page: '-1' }, 'page: must be at least 1'],
    [{ q: '\'":*&|!()<>\\' }, 'q: has no letters or digits to search for'],
    [{ q: '؟،' }, 'q: has no letters or digits to search for'],
    [{ minKilled: '1.5' }, 'minKilled: must be a whole number'],
    [{ sort: 'popularity' }, 'sort: must be date or relevance'],
    [{ page: '0' }, 'page: must be at least 1'],
    [{ size: String(MAX_PAGE_SIZE + 1) }, `size: must be at most ${MAX_PAGE_SIZE}`],
    [{ size: 'ten' }, 'size: must be a whole number'],
    [{ q: 'x'.repeat(501) }, 'q: must be at most 500 characters'],
    [{ q: ['a', 'b'] }, 'q: must be given once'],
    [{ limit: '5' }, 'unknown parameter(s): limit'],
  ])('rejects %j with a clear message', (raw, message) => {
    const errors = errorsOf(parseIncidentQuery(raw));
    expect(errors.join(' | ')).toContain(message);
  });

  it('reports every error at once', () => {
    expect(errorsOf(parseIncidentQuery({ page: '0', size: '0', sort: 'x' }))).toHaveLength(3);
  });
});

describe('parseArticleQuery', () => {
  it('parses and validates', () => {
    expect(parseArticleQuery({ q: 'الشدادي', outlet: 'x', size: '5' })).toEqual({ ok: true, query: { q: 'الشدادي', outlet: 'x', page: 1, size: 5 } });
    const bad = parseArticleQuery({ category: 'attack_on_us_forces', size: '500' });
    expect(bad.ok).toBe(false);
    expect((bad.ok ? [] : bad.errors).sort()).toEqual(['size: must be at most 100', 'unknown parameter(s): category']);
  });
});

describe('bbox', () => {
  it('reads minLon,minLat,maxLon,maxLat', () => {
    expect(parseIncidentQuery({ bbox: ' 38.5, 32.25 ,43,37 ' })).toEqual({ ok: true, query: { bbox: { minLon: 38.5, minLat: 32.25, maxLon: 43, maxLat: 37 }, sort: 'date', page: 1, size: 20 } });
    expect(parseIncidentQuery({ bbox: '-10,-5.5,-2,0' })).toMatchObject({ ok: true, query: { bbox: { minLon: -10, minLat: -5.5, maxLon: -2, maxLat: 0 } } });
  });

  it.each([
    ['38,32,43', 'bbox: must be minLon,minLat,maxLon,maxLat'],
    ['38,32,43,37,1', 'bbox: must be minLon,minLat,maxLon,maxLat'],
    ['a,b,c,d', 'bbox: must be minLon,minLat,maxLon,maxLat'],
    ['38,32,190,37', 'longitudes must be within -180..180'],
    ['38,-95,43,37', 'latitudes must be within -90..90'],
    ['43,32,38,37', 'minLon must not be greater than maxLon'],
    ['38,37,43,32', 'minLat must not be greater than maxLat'],
  ])('rejects %j', (value, message) => {
    const r = parseIncidentQuery({ bbox: value });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.join('\n')).toContain(message);
  });

  it('is given once', () => {
    expect(errorsOf(parseIncidentQuery({ bbox: ['38,32,43,37', '1,1,2,2'] }))).toContain('bbox: must be given once');
  });
});
