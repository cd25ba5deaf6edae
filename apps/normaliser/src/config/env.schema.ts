import { commonEnv, databaseEnv, httpEnv, kafkaEnv, loadConfig } from '@raseed/config';
import { z } from 'zod';

export const normaliserEnv = {
  ...commonEnv,
  ...kafkaEnv,
  ...databaseEnv,
  ...httpEnv(0),
  MAX_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(5 * 1024 * 1024),
};
export type NormaliserConfig = ReturnType<typeof loadNormaliserConfig>;
export const loadNormaliserConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(normaliserEnv, env);
export const NORMALISER_CONFIG = Symbol('NORMALISER_CONFIG');
