import { bboxFromCorners, formatBbox, parseBbox } from './bbox';
import { parseState, serialiseState, EMPTY_STATE, filterQuery, incidentsQuery } from './url-state';

describe('map area in the URL', () => {
  it('reads a valid box and writes it back with three decimals', () => {
    expect(parseBbox('38.5,32.25,43,37')).toEqual({ minLon: 38.5, minLat: 32.25, maxLon: 43, maxLat: 37 });
    expect(formatBbox({ minLon: 38.123456, minLat: 32.0004, maxLon: 43, maxLat: 37.9999 })).toBe('38.123,32,43,38');
  });

  it.each(['', '1,2,3', 'a,b,c,d', '43,32,38,37', '38,37,43,32', '38,32,190,37', '38,-95,43,37', '1,2,3,4,5'])('reads %j as no box', (v) => {
    expect(parseBbox(v)).toBeNull();
  });

  it('spans two corners in any order', () => {
    expect(bboxFromCorners([43, 32], [38, 37])).toEqual({ minLon: 38, minLat: 32, maxLon: 43, maxLat: 37 });
  });

  it('keeps the area in the page URL and sends it to the API with the other filters', () => {
    const s = parseState('?q=هجوم&bbox=38.5,32.25,43,37&page=2');
    expect(s.bbox).toBe('38.5,32.25,43,37');
    expect(serialiseState(s)).toBe('?q=%D9%87%D8%AC%D9%88%D9%85&bbox=38.5%2C32.25%2C43%2C37&page=2');
    expect(new URLSearchParams(incidentsQuery(s)).get('bbox')).toBe('38.5,32.25,43,37');
    expect(filterQuery({ ...EMPTY_STATE, bbox: '1,2,3,4', weapon: ['drone'], page: 3 })).toBe('weapon=drone&bbox=1%2C2%2C3%2C4');
    expect(parseState('?bbox=garbage').bbox).toBe('');
  });
});
