import { describeSearchPortExportBehaviour } from '../../../test/support/search-port-export.behaviour';
import { startSearchTestDb } from '../../../test/support/search-db';
import { PostgresSearchAdapter } from './postgres-search.adapter';

describeSearchPortExportBehaviour('PostgresSearchAdapter (embedded PostgreSQL)', async () => {
  const t = await startSearchTestDb();
  return { port: new PostgresSearchAdapter(t.db), teardown: () => t.stop() };
});
