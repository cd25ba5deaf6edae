import { Counter, Histogram } from './metric-primitives';
import { parsePrometheus } from '../testing';
import { renderPrometheus } from './prometheus-text';

describe('Prometheus text format 0.0.4', () => {
  it('renders HELP, TYPE and escaped labels', () => {
    const c = new Counter('x_total', 'Things\ncounted.');
    c.inc({ topic: 'a"b\\c\nd' }, 2);
    const text = renderPrometheus([c.family()]);
    expect(text).toBe('# HELP x_total Things\\ncounted.\n# TYPE x_total counter\nx_total{topic="a\\"b\\\\c\\nd"} 2\n');
    expect(parsePrometheus(text)).toEqual([{ name: 'x_total', labels: { topic: 'a"b\\c\nd' }, value: 2 }]);
  });

  it('renders cumulative histogram buckets with +Inf, _sum and _count', () => {
    const h = new Histogram('t_seconds', 'Time.', [0.1, 1]);
    h.observe({ topic: 'a' }, 0.05);
    h.observe({ topic: 'a' }, 0.5);
    h.observe({ topic: 'a' }, 3);
    const rows = parsePrometheus(renderPrometheus([h.family()]));
    const v = (name: string, le?: string) => rows.find((r) => r.name === name && r.labels.le === le)?.value;
    expect([v('t_seconds_bucket', '0.1'), v('t_seconds_bucket', '1'), v('t_seconds_bucket', '+Inf')]).toEqual([1, 2, 3]);
    expect(v('t_seconds_sum')).toBeCloseTo(3.55);
    expect(v('t_seconds_count')).toBe(3);
  });

  it('rejects invalid names', () => {
    expect(() => renderPrometheus([{ name: 'bad-name', help: '', type: 'gauge', samples: [] }])).toThrow(/invalid metric name/);
  });
});
