// The production compose file's safety settings, read as YAML (no Docker here; the file is
// validated with `POSTGRES_PASSWORD=x docker-compose config` where Docker is).
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';

interface Service {
  image?: string;
  container_name?: string;
  command?: string[];
  ports?: string[];
  environment?: Record<string, string>;
  logging?: { driver: string; options: Record<string, string> };
  ulimits?: Record<string, unknown>;
}

const text = readFileSync(join(__dirname, '..', '..', '..', 'docker-compose.yml'), 'utf8');
const compose = parse(text, { merge: true }) as { services: Record<string, Service> };
const services = compose.services;

describe('docker-compose.yml', () => {
  it('rotates every container’s log', () => {
    for (const [name, s] of Object.entries(services)) {
      expect([name, s.logging?.driver, s.logging?.options['max-size'], s.logging?.options['max-file']]).toEqual([name, 'json-file', '10m', '3']);
    }
  });

  it('publishes the API on every interface and the engines (no authentication) on 127.0.0.1 only', () => {
    const published = Object.entries(services).flatMap(([name, s]) => (s.ports ?? []).map((p) => `${name} ${p}`));
    expect(published.sort()).toEqual(['api 8080:3000', 'dashboards 127.0.0.1:5601:5601', 'kafka 127.0.0.1:9094:9094', 'opensearch 127.0.0.1:9200:9200']);
  });

  it('has no default PostgreSQL password: compose refuses to start without one', () => {
    expect(text).not.toMatch(/POSTGRES_PASSWORD:-/);
    expect(services.postgres.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
    for (const [name, s] of Object.entries(services)) {
      if (s.environment?.DATABASE_URL) expect([name, s.environment.DATABASE_URL]).toEqual([name, expect.stringContaining('${POSTGRES_PASSWORD:?')]);
    }
  });

  it('gives Kafka a host listener the CLIs reach on localhost:9094', () => {
    const env = services.kafka.environment ?? {};
    expect(env.KAFKA_LISTENERS).toContain('EXTERNAL://:9094');
    expect(env.KAFKA_ADVERTISED_LISTENERS).toContain('EXTERNAL://localhost:9094');
    expect(env.KAFKA_LISTENER_SECURITY_PROTOCOL_MAP).toContain('EXTERNAL:PLAINTEXT');
  });

  it('locks OpenSearch’s heap where memlock is unlimited, and gives PostgreSQL SSD planner costs', () => {
    expect(services.opensearch.environment?.['bootstrap.memory_lock']).toBe('true');
    expect(services.opensearch.ulimits?.memlock).toEqual({ soft: -1, hard: -1 });
    expect(services.postgres.command).toEqual(['postgres', '-c', 'random_page_cost=1.1']);
  });

  it('provisions topics with an explicit retention, kept by default', () => {
    expect(services.provision.environment?.KAFKA_RETENTION_MS).toBe('${KAFKA_RETENTION_MS:--1}');
  });

  it('lets every pipeline stage scale (--scale): no container name or host port, and provisions enough partitions', () => {
    for (const stage of ['normaliser', 'extractor', 'indexer']) {
      expect([stage, services[stage].container_name, services[stage].ports]).toEqual([stage, undefined, undefined]);
    }
    expect(services.provision.environment?.KAFKA_PARTITIONS).toBe('${KAFKA_PARTITIONS:-6}');
  });

  it('runs every Node.js program as the JavaScript the image compiled (dist/node), never through a run-time compiler', () => {
    const node = Object.entries(services).filter(([, s]) => s.command?.[0] === 'node');
    expect(node.map(([name]) => name).sort()).toEqual(['api', 'dashboards-import', 'extractor', 'fetcher', 'indexer', 'normaliser', 'provision']);
    // The five services release their heap when idle (IdleHeapRelease), which needs --expose-gc as under npm start.
    const services5 = ['api', 'extractor', 'fetcher', 'indexer', 'normaliser'];
    for (const [name, s] of node) {
      const [, ...args] = s.command!;
      const file = args.find((a) => !a.startsWith('--'))!;
      const flags = args.slice(0, args.indexOf(file));
      expect([name, flags, file]).toEqual([name, services5.includes(name) ? ['--enable-source-maps', '--expose-gc'] : ['--enable-source-maps'], expect.stringMatching(/^dist\/node\/.+\.js$/)]);
      // Compiled from a source in the tree (build-node.spec checks that the build reaches each of them).
      expect([name, existsSync(join(__dirname, '..', '..', '..', file.replace(/^dist\/node\//, '').replace(/\.js$/, '.ts')))]).toEqual([name, true]);
    }
    const dockerfile = readFileSync(join(__dirname, '..', '..', '..', 'Dockerfile'), 'utf8');
    expect(dockerfile).toContain('npm run -s build:node');
    expect(dockerfile).toContain('COPY --from=build /app/dist/node ./dist/node');
    expect(dockerfile).toContain('CMD ["node", "--enable-source-maps", "--expose-gc", "dist/node/apps/api/src/main.js"]');
  });
});
