import { z } from 'zod';

/** Every invalid variable at once, one readable line each, so a boot fails with a fix list. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates `env` against a zod object schema of SCREAMING_SNAKE variables. */
export function loadConfig<S extends z.ZodRawShape>(shape: S, env: NodeJS.ProcessEnv = process.env): z.infer<z.ZodObject<S>> {
  const schema = z.object(shape);
  // Empty strings mean "unset", as in most .env tooling.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        // Report the variable itself, not a path inside its parsed value (KAFKA_BROKERS.0).
        const name = String(issue.path[0] ?? '(env)');
        const value = env[name];
        return `${name}: ${issue.message}${value === undefined ? ' (not set)' : ` (got ${JSON.stringify(value)})`}`;
      }),
    );
  }
  return result.data;
}
