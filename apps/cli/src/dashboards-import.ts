// dashboards:import: imports deploy/dashboards/*.ndjson into OpenSearch Dashboards.
//   npm run -s dashboards:import [-- --url http://localhost:5601] [--dir deploy/dashboards] [--wait-seconds 0]
// Through the saved-objects API with overwrite (re-running is harmless); any per-object error fails the run.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { intOption, parseCli, runCli, WORKSPACE_ROOT } from '@raseed/config';

export const DASHBOARDS_IMPORT_USAGE = `usage: npm run -s dashboards:import -- [--url <url>] [--dir <dir>] [--wait-seconds <s>]
  --url <url>         OpenSearch Dashboards (default OPENSEARCH_DASHBOARDS_URL, else http://localhost:5601)
  --dir <dir>         the *.ndjson saved objects (default deploy/dashboards)
  --wait-seconds <s>  wait up to this long for Dashboards to answer, 0–3600 (default 0)`;

export interface DashboardsImportArgs {
  url: string;
  dir: string;
  waitSeconds: number;
}

export function parseDashboardsImportArgs(argv: readonly string[], env: NodeJS.ProcessEnv): DashboardsImportArgs {
  const { values } = parseCli(argv, { options: { url: { type: 'string' }, dir: { type: 'string' }, 'wait-seconds': { type: 'string' } } });
  return {
    url: values.url ?? env.OPENSEARCH_DASHBOARDS_URL ?? 'http://localhost:5601',
    dir: resolve(values.dir ?? join(WORKSPACE_ROOT, 'deploy', 'dashboards')),
    waitSeconds: intOption('wait-seconds', values['wait-seconds'], { min: 0, max: 3600 }, 0),
  };
}

export interface ImportError {
  id: string;
  type: string;
  title?: string;
  error: { type: string; message?: string; statusCode?: number; references?: Array<{ type: string; id: string }> };
}

export interface FileImportResult {
  file: string;
  objects: number;
  successCount: number;
  errors: ImportError[];
}

/** POSTs one ndjson file to /api/saved_objects/_import?overwrite=true and checks the per-object result. */
export async function importSavedObjectsFile(url: string, file: string): Promise<FileImportResult> {
  const content = readFileSync(file, 'utf8');
  const objects = content.split('\n').filter((l) => l.trim() && !('exportedCount' in JSON.parse(l))).length;
  const form = new FormData();
  form.append('file', new Blob([content], { type: 'application/ndjson' }), basename(file));
  const res = await fetch(`${url.replace(/\/+$/, '')}/api/saved_objects/_import?overwrite=true`, { method: 'POST', headers: { 'osd-xsrf': 'true' }, body: form }).catch(
    (err: Error & { cause?: Error }) => {
      throw new Error(`cannot reach OpenSearch Dashboards at ${url}: ${err.cause?.message ?? err.message}`);
    },
  );
  const text = await res.text();
  if (!res.ok) throw new Error(`${basename(file)}: import failed with HTTP ${res.status}: ${text.slice(0, 500)}`);
  const body = JSON.parse(text) as { success?: boolean; successCount?: number; errors?: ImportError[] };
  const errors = body.errors ?? [];
  if (!body.success && !errors.length) errors.push({ id: '*', type: '*', error: { type: 'unknown', message: text.slice(0, 500) } });
  return { file: basename(file), objects, successCount: body.successCount ?? 0, errors };
}

/** Waits until Dashboards answers /api/status (it starts slowly); false on timeout. */
export async function waitForDashboards(url: string, seconds: number): Promise<boolean> {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    try {
      const res = await fetch(`${url.replace(/\/+$/, '')}/api/status`);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    if (Date.now() >= until) return false;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

export function formatImportError(e: ImportError): string {
  const refs = e.error.references?.length ? ` (missing: ${e.error.references.map((r) => `${r.type}/${r.id}`).join(', ')})` : '';
  return `${e.type}/${e.id}${e.title ? ` "${e.title}"` : ''}: ${e.error.type}${e.error.message ? ` ${e.error.message}` : ''}${refs}`;
}

export async function dashboardsImport(args: DashboardsImportArgs, write: (s: string) => void): Promise<number> {
  const { url, dir, waitSeconds: wait } = args;
  if (wait > 0 && !(await waitForDashboards(url, wait))) throw new Error(`OpenSearch Dashboards at ${url} did not answer within ${wait} s`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ndjson'))
    .sort();
  if (!files.length) throw new Error(`no .ndjson files in ${dir}`);
  let failed = 0;
  for (const f of files) {
    const r = await importSavedObjectsFile(url, join(dir, f));
    write(`${r.file}: ${r.successCount}/${r.objects} saved object(s) imported\n`);
    for (const e of r.errors) write(`  error: ${formatImportError(e)}\n`);
    if (r.errors.length || r.successCount !== r.objects) failed++;
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  runCli(
    'dashboards:import',
    DASHBOARDS_IMPORT_USAGE,
    () => dashboardsImport(parseDashboardsImportArgs(process.argv.slice(2), process.env), (s) => process.stdout.write(s)),
    (err) => (err instanceof Error ? { message: err.message, code: 1 } : null),
  );
}
