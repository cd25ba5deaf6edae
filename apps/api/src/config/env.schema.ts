import { commonEnv, databaseEnv, httpEnv, kafkaEnv, loadConfig, searchEnv } from '@raseed/config';

export const apiEnv = { ...commonEnv, ...kafkaEnv, ...databaseEnv, ...searchEnv, ...httpEnv(8080) };
export type ApiConfig = ReturnType<typeof loadApiConfig>;
export const loadApiConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(apiEnv, env);
