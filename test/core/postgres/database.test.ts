import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../../src/core/postgres/database.js';
import { describeWithDatabase, freshDatabase } from '../../helpers/database.js';

describeWithDatabase('openDatabase', () => {
  let url: string;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    ({ url, drop } = await freshDatabase());
  });
  afterAll(async () => {
    await drop?.();
  });

  it('lets processes that start together on a new database all open it: one migrates, the others wait', async () => {
    const pools = await Promise.all(Array.from({ length: 4 }, () => openDatabase(url)));
    try {
      const { rows } = await pools[3]!.query('SELECT count(*)::int AS applied FROM newsdesk_migrations');
      expect(rows[0].applied).toBeGreaterThanOrEqual(2);
      const tables = await pools[0]!.query("SELECT to_regclass('newsdesk_reports') IS NOT NULL AS made");
      expect(tables.rows[0].made).toBe(true);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });
});
