import { outletLabel, urlHost } from './outlet';

describe('outletLabel', () => {
  it('names a source by its outlet, else its URL host, else its article id', () => {
    expect(outletLabel('الجزيرة', 'https://www.aljazeera.net/news/1', 'a1')).toBe('الجزيرة');
    expect(outletLabel(null, 'https://www.aljazeera.net/news/1', 'd002')).toBe('aljazeera.net');
    expect(outletLabel(null, 'https://nativitytv.ps/107915.html', 'd002')).toBe('nativitytv.ps');
    expect(outletLabel(null, null, 'd002')).toBe('d002');
    expect(outletLabel(null, 'file:///inbox/d002.json', 'd002')).toBe('d002');
    expect(outletLabel(null, 'not a url', 'd002')).toBe('d002');
  });

  it('reads only http(s) hosts', () => {
    expect(urlHost('http://sana.sy/?p=1')).toBe('sana.sy');
    expect(urlHost('javascript:alert(1)')).toBeNull();
  });
});
