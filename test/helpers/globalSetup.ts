import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canStartCluster, startCluster, stopCluster } from '../../scripts/pgCluster.js';

/**
 * Every temporary folder the tests make (report folders, state folders, snapshots) goes
 * under one folder for the run, removed when the run ends: test workers inherit TMPDIR.
 * The PostgreSQL tests use TEST_DATABASE_URL (`.ci/run` starts a cluster and sets it); when
 * it is unset and the server programs are installed, a throwaway cluster is started here.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'newsdesk-tests-'));
  process.env.TMPDIR = root;
  let cluster: Awaited<ReturnType<typeof startCluster>> | null = null;
  if (!process.env.TEST_DATABASE_URL && canStartCluster()) {
    try {
      cluster = await startCluster();
      process.env.TEST_DATABASE_URL = cluster.url;
    } catch (error) {
      process.stderr.write(`PostgreSQL tests will skip: no cluster could start (${(error as Error).message})\n`);
    }
  }
  return async () => {
    if (cluster) await stopCluster(cluster);
    rmSync(root, { recursive: true, force: true });
  };
}
