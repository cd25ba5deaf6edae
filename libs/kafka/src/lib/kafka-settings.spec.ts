import { createServer } from 'net';
import { createKafka } from './kafka-settings';

/** A port nothing listens on: connections are refused at once and kafkajs logs why. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('kafkajs logs', () => {
  it('reach the logger as a message and structured fields, not one concatenated string', async () => {
    const port = await closedPort();
    const entries: Array<{ level: string; message: string; fields: Record<string, unknown> }> = [];
    const kafka = createKafka({ brokers: [`127.0.0.1:${port}`], clientId: 'log-test' }, (level, message, fields) => entries.push({ level, message, fields }));
    const admin = kafka.admin({ retry: { retries: 0 } });
    await expect(admin.connect()).rejects.toThrow();
    await admin.disconnect();
    expect(entries.length).toBeGreaterThan(0);
    const e = entries[0];
    expect(e.level).toBe('error');
    expect(e.message).not.toMatch(/[{}]/);
    expect(e.fields).toMatchObject({ namespace: expect.any(String), broker: `127.0.0.1:${port}`, clientId: 'log-test' });
    expect(e.fields).not.toHaveProperty('timestamp');
    expect(e.fields).not.toHaveProperty('logger');
  }, 30_000);
});
