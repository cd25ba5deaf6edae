import { readFileSync } from 'fs';
import { dirname, extname, isAbsolute, resolve } from 'path';
import { parse as parseYaml } from 'yaml';
import { ConfigError } from '@raseed/config';
import { z } from 'zod';

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const tuning = {
  /** Seconds between runs of this source (before jitter). */
  intervalSeconds: z
    .number()
    .min(1)
    .max(7 * 24 * 3600)
    .optional(),
  /** Fraction of the interval by which each run is randomly moved earlier or later. */
  jitter: z.number().min(0).max(1).optional(),
  /** Most feed items / sitemap URLs looked at per run (newest first as listed). */
  maxItems: z.number().int().min(1).max(10_000).optional(),
};

const base = {
  name: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, _ . - only (max 64)'),
  outlet: z.string().min(1).optional(),
  enabled: z.boolean().default(true),
  ...tuning,
};

const SourceSchema = z.discriminatedUnion('kind', [
  z.object({ ...base, kind: z.literal('feed'), url: httpUrl, itemBody: z.enum(['page', 'feed']).default('page') }).strict(),
  z.object({ ...base, kind: z.literal('replay'), url: httpUrl, itemBody: z.enum(['page', 'feed']).default('page') }).strict(),
  z.object({ ...base, kind: z.literal('sitemap'), url: httpUrl }).strict(),
  z.object({ ...base, kind: z.literal('page'), url: httpUrl }).strict(),
  z.object({ ...base, kind: z.literal('folder'), path: z.string().min(1) }).strict(),
]);

// A bare list is shorthand for { sources: [...] }; one shape keeps error paths precise.
const FileSchema = z.preprocess((data) => (Array.isArray(data) ? { sources: data } : data), z.object({ defaults: z.object(tuning).strict().optional(), sources: z.array(SourceSchema) }).strict());

type RawSource = z.infer<typeof SourceSchema>;

export type SourceDefinition = RawSource & { intervalSeconds: number; jitter: number; maxItems: number };
export type FeedSource = Extract<SourceDefinition, { kind: 'feed' | 'replay' }>;
export type SitemapSource = Extract<SourceDefinition, { kind: 'sitemap' }>;
export type PageSource = Extract<SourceDefinition, { kind: 'page' }>;
export type FolderSource = Extract<SourceDefinition, { kind: 'folder' }>;

export const SOURCE_DEFAULTS = { intervalSeconds: 300, jitter: 0.2, maxItems: 100 } as const;

/** A ConfigError, so a bad SOURCES_FILE stops the service like a bad variable (exit 78, fix list). */
export class SourcesFileError extends ConfigError {
  constructor(
    readonly file: string,
    readonly sourceProblems: string[],
  ) {
    super(sourceProblems.map((p) => `SOURCES_FILE ${file}: ${p}`));
    this.name = 'SourcesFileError';
  }
}

/** Validates parsed YAML/JSON; `baseDir` resolves relative folder paths. */
export function parseSources(data: unknown, file: string, baseDir: string): SourceDefinition[] {
  const result = FileSchema.safeParse(data);
  if (!result.success) {
    throw new SourcesFileError(
      file,
      result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
    );
  }
  const { defaults, sources } = result.data;
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const s of sources) {
    if (seen.has(s.name)) problems.push(`sources: duplicate name "${s.name}"`);
    if (s.name === 'inbox') problems.push('sources: the name "inbox" is reserved for INBOX_DIR');
    seen.add(s.name);
  }
  if (problems.length) throw new SourcesFileError(file, problems);
  return sources.map((s) => ({
    ...SOURCE_DEFAULTS,
    ...defaults,
    ...s,
    intervalSeconds: s.intervalSeconds ?? defaults?.intervalSeconds ?? SOURCE_DEFAULTS.intervalSeconds,
    jitter: s.jitter ?? defaults?.jitter ?? SOURCE_DEFAULTS.jitter,
    maxItems: s.maxItems ?? defaults?.maxItems ?? SOURCE_DEFAULTS.maxItems,
    ...(s.kind === 'folder' ? { path: isAbsolute(s.path) ? s.path : resolve(baseDir, s.path) } : {}),
  })) as SourceDefinition[];
}

/** Reads SOURCES_FILE: `.json` as JSON, anything else as YAML. */
export function loadSourcesFile(file: string): SourceDefinition[] {
  const abs = resolve(file);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (err) {
    throw new SourcesFileError(abs, [`cannot read: ${(err as Error).message}`]);
  }
  let data: unknown;
  try {
    data = extname(abs).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (err) {
    throw new SourcesFileError(abs, [`not valid ${extname(abs).toLowerCase() === '.json' ? 'JSON' : 'YAML'}: ${(err as Error).message}`]);
  }
  return parseSources(data, abs, dirname(abs));
}
