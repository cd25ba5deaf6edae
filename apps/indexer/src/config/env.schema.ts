import { commonEnv, databaseEnv, httpEnv, kafkaEnv, loadConfig, searchEnv } from '@raseed/config';

export const indexerEnv = { ...commonEnv, ...kafkaEnv, ...databaseEnv, ...searchEnv, ...httpEnv(0) };
export type IndexerConfig = ReturnType<typeof loadIndexerConfig>;
export const loadIndexerConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(indexerEnv, env);
