/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: Debian's postgresql-15, `initdb`
 * into a temporary folder, `pg_ctl start` on a free port of 127.0.0.1, stopped by its PID.
 *
 *   tsx scripts/pgCluster.ts start         prints `TEST_DATABASE_URL=… PG_CLUSTER_DIR=…`
 *   tsx scripts/pgCluster.ts stop <folder>  stops the cluster started in <folder> and removes it
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** Where Debian installs the server programs. */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

/** A running cluster. */
export interface Cluster {
  /** Connection string of its `postgres` database, user `newsdesk`, no password (trust on 127.0.0.1). */
  url: string;
  /** PID of the postmaster. */
  pid: number;
  /** Its data folder. */
  dir: string;
}

/** True when the server programs are installed. */
export function canStartCluster(): boolean {
  return existsSync(join(PG_BIN, 'initdb')) && existsSync(join(PG_BIN, 'pg_ctl'));
}

/** initdb refuses root: run the server programs as the `postgres` user then. */
function run(program: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [command, full] = asRoot
    ? ['runuser', ['-u', 'postgres', '--', join(PG_BIN, program), ...args]]
    : [join(PG_BIN, program), args];
  const result = spawnSync(command, full, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${program} failed: ${(result.stderr || result.stdout || '').trim()}`);
}

async function freePort(): Promise<number> {
  return await new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster in a new folder under /tmp (not under a private temporary folder:
 * the `postgres` user must reach it when we run as root).
 */
export async function startCluster(settings: ClusterSettings = {}): Promise<Cluster> {
  const dir = ownedFolder();
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'newsdesk', '-E', 'UTF8', '--no-sync', '--locale=C']);
  return await startIn(dir, data, settings);
}

/** How a throwaway cluster runs. */
export interface ClusterSettings {
  /**
   * Write full page images to the WAL (PostgreSQL's default; off by default here, for speed).
   * A primary with replicas needs them: RUM logs a page it adds to its index as a change to
   * that page, and a replica can replay it only after the page's full image.
   */
  fullPageWrites?: boolean;
}

/** A new folder under /tmp that the server programs may write (the `postgres` user's when we run as root). */
function ownedFolder(): string {
  const dir = mkdtempSync('/tmp/newsdesk-pg-');
  chmodSync(dir, 0o755);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  return dir;
}

/** Starts the server on the data folder `data` with a free port of 127.0.0.1 and its socket in `dir`. */
async function startIn(dir: string, data: string, options: ClusterSettings = {}): Promise<Cluster> {
  const port = await freePort();
  const settings = [
    `-p ${port}`,
    `-k ${dir}`,
    '-c listen_addresses=127.0.0.1',
    '-c fsync=off',
    '-c synchronous_commit=off',
    `-c full_page_writes=${options.fullPageWrites ? 'on' : 'off'}`,
    '-c max_connections=200',
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
  return { url: `postgres://newsdesk@127.0.0.1:${port}/postgres`, pid, dir };
}

/**
 * Starts a streaming read replica of `primary` (`pg_basebackup -R` into a new folder under /tmp,
 * started on its own free port): it follows every write of the primary and takes none itself.
 */
export async function startReplica(primary: Pick<Cluster, 'url'>): Promise<Cluster> {
  const dir = ownedFolder();
  const data = join(dir, 'data');
  const source = new URL(primary.url);
  const from = ['-h', source.hostname, '-p', source.port, '-U', decodeURIComponent(source.username)];
  run('pg_basebackup', [...from, '-D', data, '-R', '-X', 'stream', '--no-sync', '-c', 'fast']);
  return await startIn(dir, data);
}

/** Stops the cluster by its PID (a fast shutdown) and removes its folder. */
export async function stopCluster(cluster: Pick<Cluster, 'pid' | 'dir'>): Promise<void> {
  try {
    process.kill(cluster.pid, 'SIGINT');
  } catch {
    // already gone
  }
  for (let waited = 0; waited < 100; waited++) {
    try {
      process.kill(cluster.pid, 0);
    } catch {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  rmSync(cluster.dir, { recursive: true, force: true });
}

async function main(): Promise<void> {
  const [verb, dir] = process.argv.slice(2);
  if (verb === 'start') {
    const cluster = await startCluster();
    process.stdout.write(`TEST_DATABASE_URL=${cluster.url} PG_CLUSTER_DIR=${cluster.dir}\n`);
    return;
  }
  if (verb !== 'stop' || !dir) {
    process.stderr.write('usage: tsx scripts/pgCluster.ts start | stop <folder>\n');
    process.exit(2);
  }
  const pidFile = join(dir, 'data', 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : 0;
  await stopCluster({ pid, dir });
}

if (process.argv[1]?.endsWith('pgCluster.ts')) {
  main().catch((error: unknown) => {
    process.stderr.write(`pgCluster: ${(error as Error).message}\n`);
    process.exit(1);
  });
}
