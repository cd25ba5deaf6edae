import { histogram } from './histogram';

describe('timeline histogram', () => {
  it('buckets by day over a short span, filling gaps', () => {
    expect(histogram(['2024-03-13', '2024-03-11', null, '2024-03-13']).map((b) => [b.key, b.count])).toEqual([
      ['2024-03-11', 1],
      ['2024-03-12', 0],
      ['2024-03-13', 2],
    ]);
  });

  it('buckets by month over a long span or month-precision dates, with month bounds', () => {
    const b = histogram(['2023-11-05', '2024-02-29', '2024-02']);
    expect(b.map((x) => [x.key, x.count])).toEqual([
      ['2023-11', 1],
      ['2023-12', 0],
      ['2024-01', 0],
      ['2024-02', 2],
    ]);
    expect(b[3]).toMatchObject({ from: '2024-02-01', to: '2024-02-29' });
  });

  it('is empty without dated incidents', () => {
    expect(histogram([null, 'bad'])).toEqual([]);
  });
});
