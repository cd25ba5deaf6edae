import { readFileSync } from 'fs';
import { extname, resolve } from 'path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from '@raseed/config';
import { IncidentQuery, parseIncidentQuery, RawParams } from '@raseed/search';

/** A follower of one search: where its changes are POSTed, and how they are signed. */
export interface WebhookDefinition {
  name: string;
  url: string;
  /** The search's filters, validated as GET /api/incidents validates them. */
  query: IncidentQuery;
  /** The same filters as URL parameters (shown in GET /api/webhooks, kept in the database). */
  filters: string;
  /** HMAC-SHA256 key for the X-Raseed-Signature header, when set. */
  secret: string | null;
}

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);

const WebhookSchema = z
  .object({
    name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, _ . - only (max 64)'),
    url: httpUrl,
    /** Same parameters as the search API: a query string (`q=التنف&weapon=drone`) or a map. */
    filters: z.union([z.string(), z.record(z.union([scalar, z.array(scalar)]))]).default({}),
    secret: z.string().min(16, 'must be at least 16 characters').optional(),
    /** The name of an environment variable holding the secret (keeps it out of the file). */
    secretEnv: z
      .string()
      .regex(/^[A-Z_][A-Z0-9_]*$/, 'must be an environment variable name')
      .optional(),
    enabled: z.boolean().default(true),
  })
  .strict()
  .refine((w) => !(w.secret && w.secretEnv), { message: 'give secret or secretEnv, not both', path: ['secret'] });

// A bare list is shorthand for { webhooks: [...] }.
const FileSchema = z.preprocess((data) => (Array.isArray(data) ? { webhooks: data } : data), z.object({ webhooks: z.array(WebhookSchema) }).strict());

/** A ConfigError: a bad WEBHOOKS_FILE stops the api like a bad variable, with one line per problem. */
export class WebhooksFileError extends ConfigError {
  constructor(
    readonly file: string,
    readonly webhookProblems: string[],
  ) {
    super(webhookProblems.map((p) => `WEBHOOKS_FILE ${file}: ${p}`));
    this.name = 'WebhooksFileError';
  }
}

// What decides the incidents, not how a page of them is shown.
const NOT_FILTERS = ['sort', 'page', 'size'];

function toRawParams(filters: string | Record<string, string | string[]>): RawParams {
  if (typeof filters !== 'string') return { ...filters };
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(filters.replace(/^\?/, ''))) raw[k] = k in raw ? [...[raw[k]].flat(), v] : v;
  return raw;
}

/** Validates parsed YAML/JSON; only enabled webhooks are returned. */
export function parseWebhooks(data: unknown, file: string, env: NodeJS.ProcessEnv = process.env): WebhookDefinition[] {
  const result = FileSchema.safeParse(data);
  if (!result.success)
    throw new WebhooksFileError(
      file,
      result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  const problems: string[] = [];
  const seen = new Set<string>();
  const hooks: WebhookDefinition[] = [];
  result.data.webhooks.forEach((w, i) => {
    const at = `webhooks.${i} (${w.name})`;
    if (seen.has(w.name)) problems.push(`${at}: duplicate name`);
    seen.add(w.name);
    const raw = toRawParams(w.filters);
    const ignored = NOT_FILTERS.filter((k) => k in raw);
    if (ignored.length) problems.push(`${at}: filters: ${ignored.join(', ')} choose a page of results, not which incidents to follow`);
    const parsed = parseIncidentQuery(raw);
    if (!parsed.ok) problems.push(...parsed.errors.map((e) => `${at}: filters: ${e}`));
    const secret = w.secretEnv ? env[w.secretEnv] : w.secret;
    if (w.secretEnv && !secret) problems.push(`${at}: secretEnv: ${w.secretEnv} is not set`);
    if (parsed.ok && w.enabled) {
      const filters = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => [v].flat().map((x) => [k, String(x)] as [string, string])));
      filters.sort();
      hooks.push({ name: w.name, url: w.url, query: parsed.query, filters: filters.toString(), secret: secret ?? null });
    }
  });
  if (problems.length) throw new WebhooksFileError(file, problems);
  return hooks;
}

/** Reads WEBHOOKS_FILE: `.json` as JSON, anything else as YAML. */
export function loadWebhooksFile(file: string, env: NodeJS.ProcessEnv = process.env): WebhookDefinition[] {
  const abs = resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new WebhooksFileError(abs, [`cannot read: ${(err as Error).message}`]);
  }
  const json = extname(abs).toLowerCase() === '.json';
  let data: unknown;
  try {
    data = json ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new WebhooksFileError(abs, [`not valid ${json ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  return parseWebhooks(data, abs, env);
}
