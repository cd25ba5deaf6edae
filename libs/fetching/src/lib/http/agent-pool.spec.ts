import { AgentPool } from './agent-pool';
import { pinnedLookup } from './ssrf-guard';

describe('AgentPool', () => {
  const v4 = (address: string) => ({ address, family: 4 as const });

  it('keeps one agent per origin and vetted address, never sharing one across addresses', () => {
    const pool = new AgentPool();
    const a = pool.agentFor(new URL('http://news.example/x'), v4('93.184.216.34'));
    expect(pool.agentFor(new URL('http://news.example/y?q'), v4('93.184.216.34'))).toBe(a);
    expect(pool.agentFor(new URL('http://news.example/x'), v4('93.184.216.35'))).not.toBe(a);
    expect(pool.agentFor(new URL('https://news.example/x'), v4('93.184.216.34'))).not.toBe(a);
    expect(pool.agentFor(new URL('http://news.example:8080/x'), v4('93.184.216.34'))).not.toBe(a);
    expect(pool.size).toBe(4);
    pool.destroy();
    expect(pool.size).toBe(0);
  });

  it('is bounded: the least recently used agent is retired (no more keep-alive)', () => {
    const pool = new AgentPool({ maxAgents: 2 });
    const first = pool.agentFor(new URL('http://a.example/'), v4('1.1.1.1'));
    const second = pool.agentFor(new URL('http://b.example/'), v4('1.1.1.2'));
    expect(pool.agentFor(new URL('http://a.example/'), v4('1.1.1.1'))).toBe(first); // now the most recent
    pool.agentFor(new URL('http://c.example/'), v4('1.1.1.3'));
    expect(pool.size).toBe(2);
    expect((second as unknown as { keepAlive: boolean }).keepAlive).toBe(false);
    expect((first as unknown as { keepAlive: boolean }).keepAlive).toBe(true);
    expect(pool.agentFor(new URL('http://b.example/'), v4('1.1.1.2'))).not.toBe(second);
    pool.destroy();
  });

  it('answers every lookup with the vetted address, single or all', () => {
    const lookup = pinnedLookup(v4('93.184.216.34'));
    const one = jest.fn();
    const all = jest.fn();
    lookup('rebound.example', {}, one);
    lookup('rebound.example', { all: true }, all);
    expect(one).toHaveBeenCalledWith(null, '93.184.216.34', 4);
    expect(all).toHaveBeenCalledWith(null, [{ address: '93.184.216.34', family: 4 }]);
  });
});
