import { ConfigError, commonEnv, databaseEnv, kafkaEnv, loadConfig } from '@raseed/config';

describe('loadConfig', () => {
  const shape = { ...commonEnv, ...kafkaEnv, ...databaseEnv };

  it('parses and applies defaults', () => {
    const config = loadConfig(shape, { KAFKA_BROKERS: 'a:9092, b:9093', DATABASE_URL: 'postgres://u:p@h:5432/db' });
    expect(config.KAFKA_BROKERS).toEqual(['a:9092', 'b:9093']);
    expect(config.KAFKA_MAX_ATTEMPTS).toBe(3);
    expect(config.DATA_DIR).toBe('./.data');
  });

  it('lists every bad variable with its value', () => {
    let error: unknown;
    try {
      loadConfig(shape, { KAFKA_BROKERS: 'nohostport', DATABASE_URL: 'mysql://x', KAFKA_MAX_ATTEMPTS: 'lots' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/KAFKA_BROKERS.*host:port.*"nohostport"/);
    expect(problems).toMatch(/DATABASE_URL.*postgres:\/\/ URL/);
    expect(problems).toMatch(/KAFKA_MAX_ATTEMPTS/);
  });

  it('treats empty strings as unset', () => {
    expect(() => loadConfig(shape, { KAFKA_BROKERS: '', DATABASE_URL: 'postgres://h/db' })).toThrow(/KAFKA_BROKERS.*not set|KAFKA_BROKERS: Required/);
  });
});
