import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../../src/core/ingest/fetch/address.js';
import { safeFetch } from '../../../src/core/ingest/fetch/safeFetch.js';
import { ingestOptions } from '../../../src/core/ingest/options.js';
import { serve, startLoopback, type Loopback, type Route } from './loopback.js';

let server: Loopback;
/** Only the test server's own address is let through: every other private address stays refused. */
const onlyLoopbackServer = ingestOptions({ allowAddress: (address) => address === '127.0.0.1', fetchTimeoutMs: 2000 });

const redirect =
  (to: string): Route =>
  (_req, res) => {
    res.writeHead(302, { location: to }).end();
  };

beforeAll(async () => {
  server = await startLoopback({
    '/page': serve('text/html; charset=utf-8', '<html><body><p>Hello</p></body></html>', { etag: '"v1"' }),
    '/gzip': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync('zipped text'));
    },
    '/to-private': redirect('http://10.1.2.3/secret'),
    '/to-metadata': redirect('http://169.254.169.254/latest/meta-data/'),
    '/to-ipv6-loopback': redirect('http://[::1]/'),
    '/to-file': redirect('file:///etc/passwd'),
    '/loop': redirect('/loop'),
    '/hop1': redirect('/hop2'),
    '/hop2': redirect('/page'),
    '/never-ends': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>still coming');
    },
    '/huge': (_req, res) => {
      // 50 MB sent in 64 KB chunks without a length, as a hostile server would
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const push = (): void => {
        while (sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    },
    '/huge-declared': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) });
      res.write('<html>');
    },
    '/error': (_req, res) => void res.writeHead(500).end('boom'),
    '/not-modified': (_req, res) => void res.writeHead(304).end(),
  });
});

afterAll(() => server.close());

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true],
    ['2001:4860:4860::8888', true],
    ['127.0.0.1', false],
    ['10.0.0.1', false],
    ['172.16.5.4', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false],
    ['100.64.0.1', false],
    ['0.0.0.0', false],
    ['::1', false],
    ['fe80::1', false],
    ['fd00::1', false],
    ['::ffff:10.0.0.1', false],
    ['::ffff:8.8.8.8', true],
    ['not an ip', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('safeFetch', () => {
  it('fetches a page and keeps its validators', async () => {
    const fetched = await safeFetch(`${server.base}/page`, onlyLoopbackServer);
    expect(fetched).toMatchObject({ status: 200, etag: '"v1"', url: `${server.base}/page` });
    expect(fetched.body.toString()).toContain('Hello');
  });

  it('decompresses a gzip body', async () => {
    expect((await safeFetch(`${server.base}/gzip`, onlyLoopbackServer)).body.toString()).toBe('zipped text');
  });

  it('follows redirects within the limit and refuses beyond it', async () => {
    expect((await safeFetch(`${server.base}/hop1`, onlyLoopbackServer)).url).toBe(`${server.base}/page`);
    await expect(safeFetch(`${server.base}/hop1`, { ...onlyLoopbackServer, maxRedirects: 1 })).rejects.toThrow(
      /more than 1 redirects/,
    );
    await expect(safeFetch(`${server.base}/loop`, onlyLoopbackServer)).rejects.toThrow(/more than 5 redirects/);
  });

  it.each([
    ['/to-private', /10\.1\.2\.3 is a private, loopback or link-local address/],
    ['/to-metadata', /169\.254\.169\.254 is a private/],
    ['/to-ipv6-loopback', /::1 is a private/],
    ['/to-file', /only http and https/],
  ])('refuses a redirect %s after the first hop', async (path, reason) => {
    await expect(safeFetch(`${server.base}${path}`, onlyLoopbackServer)).rejects.toThrow(reason);
  });

  it('refuses loopback with ALLOW_PRIVATE_URLS off, by literal address and after DNS resolution', async () => {
    const off = ingestOptions({ fetchTimeoutMs: 2000 });
    await expect(safeFetch(`${server.base}/page`, off)).rejects.toThrow(/127\.0\.0\.1 is a private/);
    const byName = server.base.replace('127.0.0.1', 'localhost');
    await expect(safeFetch(`${byName}/page`, off)).rejects.toThrow(/localhost resolves to .* private, loopback/);
    expect(server.requests.filter((r) => r.headers.host?.startsWith('localhost'))).toEqual([]);
  });

  it('reaches loopback with allowPrivateUrls on', async () => {
    const on = ingestOptions({ allowPrivateUrls: true });
    expect((await safeFetch(`${server.base}/page`, on)).status).toBe(200);
  });

  it('gives up on a page that never ends at the timeout', async () => {
    const started = Date.now();
    const quick = { ...onlyLoopbackServer, fetchTimeoutMs: 300 };
    await expect(safeFetch(`${server.base}/never-ends`, quick)).rejects.toThrow(
      /within the fetch timeout|within 300 ms/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops a 50 MB page at the size cap while it streams', async () => {
    const capped = { ...onlyLoopbackServer, maxPageBytes: 1024 * 1024 };
    const started = Date.now();
    await expect(safeFetch(`${server.base}/huge`, capped)).rejects.toThrow(/over the 1048576-byte cap/);
    await expect(safeFetch(`${server.base}/huge-declared`, capped)).rejects.toThrow(/52428800 bytes, over the/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports HTTP errors and passes a 304 through', async () => {
    await expect(safeFetch(`${server.base}/error`, onlyLoopbackServer)).rejects.toThrow(/HTTP 500/);
    expect((await safeFetch(`${server.base}/not-modified`, onlyLoopbackServer)).status).toBe(304);
  });

  it.each(['ftp://example.test/x', 'javascript:alert(1)', 'not a url', 'http://user:pw@example.test/'])(
    'refuses %s',
    async (link) => {
      await expect(safeFetch(link, onlyLoopbackServer)).rejects.toThrow(/only http|not a valid URL|user name/);
    },
  );
});
