import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadWebhooksFile, parseWebhooks, WebhooksFileError } from './webhooks-file';

const problems = (data: unknown, env: NodeJS.ProcessEnv = {}) => {
  try {
    parseWebhooks(data, 'hooks.yaml', env);
  } catch (err) {
    if (err instanceof WebhooksFileError) return err.webhookProblems;
    throw err;
  }
  return [];
};

describe('WEBHOOKS_FILE', () => {
  it('reads webhooks with filters given as a query string or a map, validated like the search API', () => {
    const hooks = parseWebhooks(
      {
        webhooks: [
          { name: 'tanf', url: 'https://hooks.example.org/raseed', filters: 'q=التنف&weapon=drone,rocket', secretEnv: 'TANF_SECRET' },
          { name: 'east', url: 'http://127.0.0.1:9000/hook', filters: { bbox: '39,33,43,37', category: ['attack_on_us_forces'], minKilled: 1 } },
          { name: 'off', url: 'https://x.example/h', enabled: false },
        ],
      },
      'hooks.yaml',
      { TANF_SECRET: 'a-secret-of-enough-length' },
    );
    expect(hooks.map((h) => h.name)).toEqual(['tanf', 'east']);
    expect(hooks[0]).toMatchObject({ query: { q: 'التنف', weapon: ['drone', 'rocket'] }, secret: 'a-secret-of-enough-length', filters: 'q=%D8%A7%D9%84%D8%AA%D9%86%D9%81&weapon=drone%2Crocket' });
    expect(hooks[1]).toMatchObject({ query: { bbox: { minLon: 39, minLat: 33, maxLon: 43, maxLat: 37 }, category: ['attack_on_us_forces'], minKilled: 1 }, secret: null });
    // A bare list is accepted too; no filters follows every incident.
    expect(parseWebhooks([{ name: 'all', url: 'https://x.example/all' }], 'f')[0].query).toEqual({ sort: 'date', page: 1, size: 20 });
  });

  it('lists every problem, one line each', () => {
    const found = problems({
      webhooks: [
        { name: 'bad name!', url: 'ftp://x.example' },
        { name: 'dup', url: 'https://x.example/1', filters: 'weapon=laser&from=2024-13-01' },
        { name: 'dup', url: 'https://x.example/2', filters: { page: '2' } },
        { name: 'secret', url: 'https://x.example/3', secretEnv: 'MISSING_SECRET' },
        { name: 'short', url: 'https://x.example/4', secret: 'short' },
      ],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^webhooks\.0\.name: letters, digits/),
        expect.stringMatching(/^webhooks\.0\.url: must be an http\(s\) URL/),
        expect.stringMatching(/^webhooks\.4\.secret: must be at least 16 characters/),
      ]),
    );
    // Schema problems come first; once the shape is right, the filters and names are checked.
    expect(
      problems({
        webhooks: [
          { name: 'dup', url: 'https://x.example/1', filters: 'weapon=laser&from=2024-13-01' },
          { name: 'dup', url: 'https://x.example/2', filters: { page: '2' } },
          { name: 's', url: 'https://x.example/3', secretEnv: 'MISSING_SECRET' },
        ],
      }),
    ).toEqual([
      expect.stringMatching(/^webhooks\.0 \(dup\): filters: from: is not a real calendar date/),
      expect.stringMatching(/^webhooks\.0 \(dup\): filters: weapon: must be one of/),
      'webhooks.1 (dup): duplicate name',
      'webhooks.1 (dup): filters: page choose a page of results, not which incidents to follow',
      'webhooks.2 (s): secretEnv: MISSING_SECRET is not set',
    ]);
  });

  it('reads YAML or JSON files and reports unreadable ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'raseed-hooks-'));
    writeFileSync(join(dir, 'hooks.yaml'), 'webhooks:\n  - name: drones\n    url: https://hooks.example.org/d\n    filters:\n      weapon: drone\n');
    writeFileSync(join(dir, 'hooks.json'), JSON.stringify([{ name: 'all', url: 'https://hooks.example.org/a' }]));
    writeFileSync(join(dir, 'broken.yaml'), 'webhooks: [');
    expect(loadWebhooksFile(join(dir, 'hooks.yaml'))[0].query.weapon).toEqual(['drone']);
    expect(loadWebhooksFile(join(dir, 'hooks.json'))[0].name).toBe('all');
    expect(() => loadWebhooksFile(join(dir, 'broken.yaml'))).toThrow(/not valid YAML/);
    expect(() => loadWebhooksFile(join(dir, 'none.yaml'))).toThrow(/cannot read/);
  });
});
