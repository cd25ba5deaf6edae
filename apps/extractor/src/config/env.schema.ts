import { commonEnv, httpEnv, kafkaEnv, loadConfig } from '@raseed/config';

// Stateless: no database; everything it needs arrives in the event.
export const extractorEnv = { ...commonEnv, ...kafkaEnv, ...httpEnv(0) };
export type ExtractorConfig = ReturnType<typeof loadExtractorConfig>;
export const loadExtractorConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(extractorEnv, env);
