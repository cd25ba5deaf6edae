import { describeSearchPortBehaviour } from '../../../test/support/search-port.behaviour';
import { SearchTestDb, startSearchTestDb } from '../../../test/support/search-db';
import { PostgresSearchAdapter } from './postgres-search.adapter';

let t: SearchTestDb;
describeSearchPortBehaviour('PostgresSearchAdapter (embedded PostgreSQL)', async () => {
  t = await startSearchTestDb();
  return { port: new PostgresSearchAdapter(t.db), teardown: () => t.stop() };
});
