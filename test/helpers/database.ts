import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe } from 'vitest';

/** The test cluster's URL (`.ci/run` or the global setup starts one), or undefined. */
export const TEST_DATABASE_URL: string | undefined = process.env.TEST_DATABASE_URL;

/** `describe` when a test cluster is there; otherwise the suite skips and says so on one line. */
export function describeWithDatabase(name: string, suite: () => void): void {
  if (TEST_DATABASE_URL) {
    describe(name, suite);
    return;
  }
  process.stderr.write(`SKIPPED (no PostgreSQL: set TEST_DATABASE_URL or install postgresql-15): ${name}\n`);
  describe.skip(name, suite);
}

/** A fresh, empty database on the test cluster for one test file; `drop` removes it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!TEST_DATABASE_URL) throw new Error('no TEST_DATABASE_URL');
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}
