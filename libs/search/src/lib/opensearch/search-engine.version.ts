/** What GET / of an OpenSearch / Elasticsearch node answers (the parts read here). */
export interface EngineInfo {
  version?: { number?: string; distribution?: string };
  tagline?: string;
}

export type EngineCheck = { ok: true; engine: string } | { ok: false; message: string };

const parseVersion = (v: string): [number, number] | null => {
  const m = /^(\d+)\.(\d+)/.exec(v);
  return m ? [Number(m[1]), Number(m[2])] : null;
};

/**
 * Whether this engine takes the adapter's requests. Bulk writes send `require_alias=true` (a
 * missing alias must fail, never auto-create an unmapped index): every OpenSearch accepts it (it
 * forked from Elasticsearch 7.10.2), Elasticsearch only from 7.10 — before that every bulk is
 * rejected and each indexing event would be dead-lettered.
 */
export function checkEngine(info: EngineInfo | null | undefined): EngineCheck {
  const number = info?.version?.number;
  const version = number ? parseVersion(number) : null;
  if (!number || !version) return { ok: false, message: 'the search server did not report a version (GET / has no version.number): is OPENSEARCH_URL an OpenSearch node?' };
  if (info?.version?.distribution === 'opensearch') return { ok: true, engine: `OpenSearch ${number}` };
  const [major, minor] = version;
  if (major < 7 || (major === 7 && minor < 10)) {
    return { ok: false, message: `Elasticsearch ${number} is not supported: bulk writes need require_alias (OpenSearch 1.0 or later, or Elasticsearch 7.10 or later)` };
  }
  return { ok: true, engine: `Elasticsearch ${number}` };
}
