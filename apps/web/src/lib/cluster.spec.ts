import { clusterPoints, markerRadius, MapPoint } from './cluster';
import { clampView, fitRect, toPlane, zoomAt } from './map-view';

const p = (id: string, x: number, y: number, casualties = 0): MapPoint => ({ id, x, y, casualties, category: 'attack_on_us_forces' });

describe('marker clustering', () => {
  it('groups markers that would overlap, keeps distant ones apart', () => {
    const clusters = clusterPoints([p('a', 100, 100), p('b', 100, 100), p('c', 108, 104), p('d', 300, 100)], 14);
    expect(clusters.map((c) => c.members.map((m) => m.id).sort())).toEqual([['a', 'b', 'c'], ['d']]);
    expect(clusters[1].key).toBe('d');
    expect(clusters[0].key.startsWith('c:')).toBe(true);
    expect(clusters[0].x).toBeCloseTo((100 + 100 + 108) / 3);
  });

  it('merges clusters whose centres overlap (a chain of nearby points)', () => {
    // a seeds a cluster with b; c is too far from a but lands on the cluster's centre.
    const clusters = clusterPoints([p('a', 100, 100, 9), p('b', 112, 100, 4), p('c', 119, 100, 1)], 14);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].key).toBe('c:a');
    expect(clusters[0].members).toHaveLength(3);
  });

  it('splits when zoomed in (the same points further apart)', () => {
    expect(clusterPoints([p('a', 100, 100), p('c', 108, 104)], 14)).toHaveLength(1);
    expect(clusterPoints([p('a', 400, 400), p('c', 432, 416)], 14)).toHaveLength(2);
  });

  it('lets the heaviest incident seed its cluster, and sizes markers by casualties', () => {
    const [c] = clusterPoints([p('small', 100, 100, 0), p('big', 105, 100, 40)], 14);
    expect(c.key).toBe('c:big');
    expect(markerRadius(0)).toBeLessThan(markerRadius(4));
    expect(markerRadius(10_000)).toBe(18);
  });
});

describe('map view', () => {
  it('zooms about a point, which stays put', () => {
    const v = zoomAt({ k: 1, x: 0, y: 0 }, 2, 200, 100, 800, 500);
    expect(v.k).toBe(2);
    expect(toPlane(v, 200, 100)).toEqual([200, 100]);
  });

  it('never shows beyond the plane, and fits a rectangle', () => {
    expect(clampView({ k: 1, x: 50, y: -20 }, 800, 500)).toEqual({ k: 1, x: 0, y: 0 });
    const v = fitRect(100, 100, 200, 150, 800, 500, 0);
    expect(v.k).toBe(8);
    expect(toPlane(v, 400, 250)).toEqual([150, 125]);
  });
});
