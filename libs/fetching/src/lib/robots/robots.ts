/** The rules of one robots.txt group that applies to our user agent (RFC 9309). */
export interface RobotsRules {
  allow: string[];
  disallow: string[];
  crawlDelayMs: number | null;
  sitemaps: string[];
}

export const ALLOW_ALL: RobotsRules = { allow: [], disallow: [], crawlDelayMs: null, sitemaps: [] };
export const DISALLOW_ALL: RobotsRules = { allow: [], disallow: ['/'], crawlDelayMs: null, sitemaps: [] };

interface Group {
  agents: string[];
  allow: string[];
  disallow: string[];
  crawlDelayMs: number | null;
}

/**
 * Picks the groups whose user-agent is the longest match for `agentToken` (the product name,
 * e.g. "raseed"), else the `*` group; groups naming that same agent are merged (RFC 9309 2.2.1).
 */
export function parseRobots(text: string, agentToken: string): RobotsRules {
  const groups: Group[] = [];
  const sitemaps: string[] = [];
  let current: Group | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const m = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1].toLowerCase();
    const value = m[2].trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || !current) {
        current = { agents: [], allow: [], disallow: [], crawlDelayMs: null };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (key === 'sitemap') {
      if (value) sitemaps.push(value);
      continue;
    }
    if (!current) continue;
    if (key === 'allow' && value) current.allow.push(value);
    else if (key === 'disallow' && value) current.disallow.push(value);
    else if (key === 'crawl-delay' && /^\d+(\.\d+)?$/.test(value)) current.crawlDelayMs = Math.round(Number(value) * 1000);
  }
  const chosen = groupsFor(groups, agentToken.toLowerCase());
  return {
    allow: chosen.flatMap((g) => g.allow),
    disallow: chosen.flatMap((g) => g.disallow),
    crawlDelayMs: chosen.map((g) => g.crawlDelayMs).find((d) => d !== null) ?? null,
    sitemaps,
  };
}

/**
 * The groups for our product token: those naming its longest matching user-agent (a group
 * for "raseed-fetcher" beats one for "raseed"), merged when several name that same agent;
 * else the `*` groups. A shorter prefix group is not merged in: its rules were written for
 * other crawlers.
 */
function groupsFor(groups: Group[], token: string): Group[] {
  const matchOf = (g: Group) => Math.max(0, ...g.agents.filter((a) => a !== '*' && token.startsWith(a)).map((a) => a.length));
  const longest = Math.max(0, ...groups.map(matchOf));
  return longest > 0 ? groups.filter((g) => matchOf(g) === longest) : groups.filter((g) => g.agents.includes('*'));
}

function matchLength(pattern: string, path: string): number {
  // `*` any sequence, trailing `$` anchors; the longest matching rule wins.
  const anchored = pattern.endsWith('$');
  const body = anchored ? pattern.slice(0, -1) : pattern;
  const re = new RegExp(
    `^${body
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}${anchored ? '$' : ''}`,
  );
  return re.test(path) ? pattern.length : -1;
}

/** Whether `pathAndQuery` may be fetched; on a tie Allow wins, as RFC 9309 recommends. */
export function isAllowedByRobots(rules: RobotsRules, pathAndQuery: string): boolean {
  if (pathAndQuery === '/robots.txt') return true;
  let path = pathAndQuery;
  try {
    path = decodeURI(pathAndQuery);
  } catch {
    // keep the raw form
  }
  const best = (patterns: string[]) => Math.max(-1, ...patterns.map((p) => Math.max(matchLength(p, path), matchLength(p, pathAndQuery))));
  const allow = best(rules.allow);
  const disallow = best(rules.disallow);
  return disallow < 0 || allow >= disallow;
}
