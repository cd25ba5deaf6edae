import * as http from 'http';
import * as https from 'https';
import { pinnedLookup, VettedAddress } from './ssrf-guard';

export interface AgentPoolOptions {
  /** Agents kept at most; the least recently used one is closed beyond it. */
  maxAgents?: number;
  /** Sockets at most per agent (the host limiter usually keeps it lower). */
  maxSockets?: number;
  /** An idle kept-alive socket is closed after this long: below the usual 5 s server timeout, so
   * we rarely reuse a socket the server is closing. */
  idleMs?: number;
}

/** Closes an agent's idle sockets at once and its busy ones when their response is done. */
function retire(agent: http.Agent): void {
  (agent as http.Agent & { keepAlive: boolean }).keepAlive = false;
  for (const sockets of Object.values(agent.freeSockets)) for (const s of sockets ?? []) s.destroy();
}

/**
 * Keep-alive agents, one per origin and vetted address: a connection is reused only for the
 * address it was vetted and opened for, so reuse never bypasses the SSRF check. Bounded in
 * agents (LRU) and in sockets per agent; idle sockets do not keep the process alive.
 */
export class AgentPool {
  private readonly agents = new Map<string, http.Agent>();
  private readonly maxAgents: number;
  private readonly maxSockets: number;
  private readonly idleMs: number;

  constructor(options: AgentPoolOptions = {}) {
    this.maxAgents = options.maxAgents ?? 128;
    this.maxSockets = options.maxSockets ?? 8;
    this.idleMs = options.idleMs ?? 4000;
  }

  /** The agent for `url`'s origin connected to `target`, created (with its pinned lookup) on first use. */
  agentFor(url: URL, target: VettedAddress): http.Agent {
    const key = `${url.protocol}//${url.host}@${target.address}`;
    let agent = this.agents.get(key);
    if (agent) {
      this.agents.delete(key); // re-inserted below: Map order is the LRU order
    } else {
      const options = { keepAlive: true, maxSockets: this.maxSockets, maxFreeSockets: 2, timeout: this.idleMs, scheduling: 'lifo' as const, lookup: pinnedLookup(target) };
      agent = url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
    }
    this.agents.set(key, agent);
    while (this.agents.size > this.maxAgents) {
      const [oldest, old] = this.agents.entries().next().value as [string, http.Agent];
      this.agents.delete(oldest);
      retire(old);
    }
    return agent;
  }

  get size(): number {
    return this.agents.size;
  }

  /** Closes every pooled socket (at shutdown). */
  destroy(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }
}
