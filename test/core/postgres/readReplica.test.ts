import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Cluster, startCluster, startReplica, stopCluster } from '../../../scripts/pgCluster.js';
import { Newsdesk } from '../../../src/core/newsdesk.js';
import type { Report } from '../../../src/core/types.js';
import { describeWithDatabase } from '../../helpers/database.js';
import { reutersReports } from '../../helpers/fixtures.js';

const reports: Report[] = reutersReports(400);

async function onReplica<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows[0] as T;
  } finally {
    await client.end();
  }
}

describeWithDatabase('PostgreSQL: questions read from a streaming replica, writes go to the primary', () => {
  // a primary of its own: the replica copies a whole cluster, and the shared test cluster is busy
  let primary: Cluster;
  let replica: Cluster;
  let url: string;
  let replicaUrl: string;
  let desk: Newsdesk;
  const empty = mkdtempSync(join(tmpdir(), 'newsdesk-empty-'));

  beforeAll(async () => {
    primary = await startCluster({ fullPageWrites: true });
    replica = await startReplica(primary);
    url = primary.url;
    replicaUrl = replica.url;
    desk = await Newsdesk.open(empty, { databaseUrl: url, databaseReadUrl: replicaUrl });
  }, 120_000);

  afterAll(async () => {
    await desk?.close();
    if (replica) await stopCluster(replica);
    if (primary) await stopCluster(primary);
  });

  it('the read URL is a replica: it is in recovery and refuses writes', async () => {
    expect(await onReplica<{ standby: boolean }>(replicaUrl, 'SELECT pg_is_in_recovery() AS standby')).toEqual({
      standby: true,
    });
    await expect(onReplica(replicaUrl, 'CREATE TABLE nope (x int)')).rejects.toThrow(/read-only/);
  });

  it('answers reports written through the primary once they reach the replica, reading there', async () => {
    await desk.addReports(reports);
    const started = Date.now();
    let answer = await desk.answer('search', 'cocoa Bahia');
    while (answer.answers.length === 0 && Date.now() - started < 2000)
      answer = await desk.answer('search', 'cocoa Bahia');
    expect(answer.answers.length).toBeGreaterThan(0);
    expect(reports.map((r) => r.id)).toContain(answer.answers[0]!.citations[0]!.reportId);
    const readers = await onReplica<{ n: string }>(
      replicaUrl,
      'SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    expect(Number(readers.n)).toBeGreaterThan(0);
  });

  it('refuses a replica it cannot reach, naming DATABASE_READ_URL', async () => {
    const closed = new URL(replicaUrl);
    closed.port = '1';
    await expect(Newsdesk.open(empty, { databaseUrl: url, databaseReadUrl: closed.toString() })).rejects.toThrow(
      /DATABASE_READ_URL: cannot connect/,
    );
  });
});
