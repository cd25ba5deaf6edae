import { Controller, Inject, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientKafka, ClientsModule, EventPattern, MessagePattern, MicroserviceOptions, Payload, Transport } from '@nestjs/microservices';
import { INestMicroservice } from '@nestjs/common';
import { firstValueFrom } from 'rxjs';
import { startTestBroker } from './support/broker-fixture';

jest.setTimeout(30_000);

const received: unknown[] = [];
let onEvent: (v: unknown) => void = () => undefined;

@Controller()
class MathController {
  @MessagePattern('math.sum')
  sum(@Payload() numbers: number[]): { sum: number } {
    return { sum: numbers.reduce((a, b) => a + b, 0) };
  }

  @MessagePattern('math.fail')
  fail(): never {
    throw new Error('boom');
  }

  @EventPattern('article.seen')
  seen(@Payload() payload: unknown): void {
    received.push(payload);
    onEvent(payload);
  }
}

describe('NestJS Kafka transport against the embedded broker', () => {
  let broker: Awaited<ReturnType<typeof startTestBroker>>;
  let server: INestMicroservice;
  let client: ClientKafka;

  beforeAll(async () => {
    broker = await startTestBroker();
    const kafkaOptions = {
      client: { clientId: 'math', brokers: [broker.brokers], logLevel: 0, retry: { retries: 3, initialRetryTime: 50 } },
      consumer: { groupId: 'math', sessionTimeout: 1500, rebalanceTimeout: 3000, heartbeatInterval: 100, maxWaitTimeInMs: 200 },
      producer: { idempotent: true, allowAutoTopicCreation: true },
    };

    @Module({ controllers: [MathController] })
    class ServerModule {}
    server = await NestFactory.createMicroservice<MicroserviceOptions>(ServerModule, { transport: Transport.KAFKA, options: kafkaOptions, logger: false });
    await server.listen();

    @Module({ imports: [ClientsModule.register([{ name: 'MATH', transport: Transport.KAFKA, options: kafkaOptions }])] })
    class ClientModule {
      constructor(@Inject('MATH') readonly c: ClientKafka) {}
    }
    const app = await NestFactory.createApplicationContext(ClientModule, { logger: false });
    client = app.get<ClientKafka>('MATH');
    client.subscribeToResponseOf('math.sum');
    client.subscribeToResponseOf('math.fail');
    await client.connect();
  });

  afterAll(async () => {
    await client?.close();
    await server?.close();
    await broker?.cleanup();
  });

  it('does request-reply with send()', async () => {
    const started = Date.now();
    await expect(firstValueFrom(client.send('math.sum', [40, 2]))).resolves.toEqual({ sum: 42 });
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(firstValueFrom(client.send('math.sum', [1, 2, 3]))).resolves.toEqual({ sum: 6 });
  });

  it('propagates handler errors back to the caller', async () => {
    await expect(firstValueFrom(client.send('math.fail', {}))).rejects.toMatchObject({ message: expect.any(String) });
  });

  it('delivers emit()ted events to the event handler', async () => {
    const got = new Promise((resolve) => (onEvent = resolve));
    await firstValueFrom(client.emit('article.seen', { id: 'a-1', title: 'خبر' }));
    await expect(got).resolves.toEqual({ id: 'a-1', title: 'خبر' });
    expect(received).toHaveLength(1);
  });
});
