import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { IngestError, type IngestOptions } from '../options.js';
import { addressPolicy, checkUrl, guardedLookup, type AddressPolicy } from './address.js';

/** A body fetched within the limits. */
export interface Fetched {
  /** URL after redirects. */
  url: string;
  status: number;
  /** The Content-Type header as sent (not trusted: see sniff.ts). */
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Decoded body (empty for 304). */
  body: Buffer;
}

/** Extra request details: conditional headers for feeds, a tighter size cap. */
export interface FetchRequest {
  headers?: Record<string, string>;
  /** Largest body in bytes, after decompression; `maxPageBytes` when absent. */
  maxBytes?: number;
  accept?: string;
}

type FetchLimits = Pick<
  IngestOptions,
  'fetchTimeoutMs' | 'maxRedirects' | 'allowPrivateUrls' | 'maxPageBytes' | 'userAgent'
> &
  Partial<Pick<IngestOptions, 'allowAddress'>>;

/**
 * Fetches a link within the limits: http(s) only, every address (after DNS and after each redirect)
 * public unless `allowPrivateUrls`, at most `maxRedirects` redirects, the body cut off as soon as it
 * passes the cap (counted after decompression), and the whole exchange within `fetchTimeoutMs`.
 * Any status other than 2xx and 304 is an error.
 */
export async function safeFetch(link: string, limits: FetchLimits, request: FetchRequest = {}): Promise<Fetched> {
  const deadline = AbortSignal.timeout(limits.fetchTimeoutMs);
  const allowed = addressPolicy(limits);
  let current = checkUrl(link, allowed);
  for (let hop = 0; ; hop++) {
    const response = await send(current, limits, request, deadline, allowed);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      response.resume();
      if (hop >= limits.maxRedirects) throw new IngestError(`more than ${limits.maxRedirects} redirects from ${link}`);
      current = checkUrl(new URL(location, current).toString(), allowed);
      continue;
    }
    if (status !== 304 && (status < 200 || status >= 300)) {
      response.resume();
      throw new IngestError(`HTTP ${status} from ${current.toString()}`);
    }
    const maxBytes = request.maxBytes ?? limits.maxPageBytes;
    const body = status === 304 ? Buffer.alloc(0) : await readCapped(response, maxBytes, deadline);
    return {
      url: current.toString(),
      status,
      contentType: response.headers['content-type'] ?? null,
      etag: headerText(response.headers.etag),
      lastModified: headerText(response.headers['last-modified']),
      body,
    };
  }
}

function headerText(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

function send(
  url: URL,
  limits: FetchLimits,
  request: FetchRequest,
  signal: AbortSignal,
  allowed: AddressPolicy,
): Promise<IncomingMessage> {
  const requester = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers = {
    'user-agent': limits.userAgent,
    accept: request.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
    ...request.headers,
  };
  return new Promise((resolve, reject) => {
    const req = requester(url, { headers, signal, lookup: guardedLookup(allowed), agent: false });
    req.on('response', resolve);
    req.on('error', (error) => reject(fetchError(error, url, limits)));
    req.end();
  });
}

function fetchError(error: Error, url: URL, limits: FetchLimits): Error {
  if (error instanceof IngestError) return error;
  if (error.name === 'AbortError' || error.name === 'TimeoutError') {
    return new IngestError(`no complete answer from ${url.host} within ${limits.fetchTimeoutMs} ms`);
  }
  const code = (error as NodeJS.ErrnoException).code;
  return new IngestError(`cannot fetch ${url.host}: ${code ?? error.message}`);
}

/** The body, decompressed, stopped as soon as it passes `maxBytes` (a declared length over it stops it at once). */
async function readCapped(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw new IngestError(`the page is ${declared} bytes, over the ${maxBytes}-byte cap`);
  }
  const stream = decoded(response);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      if (signal.aborted) throw signal.reason;
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw new IngestError(`the page is over the ${maxBytes}-byte cap`);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    response.destroy();
    if (error instanceof IngestError) throw error;
    const name = (error as Error).name;
    if (signal.aborted || name === 'AbortError' || name === 'TimeoutError') {
      throw new IngestError('the page did not finish within the fetch timeout');
    }
    throw new IngestError(`the page could not be read: ${(error as Error).message}`);
  }
  return Buffer.concat(chunks);
}

function decoded(response: IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  let decoder: Transform | null = null;
  if (encoding === 'gzip' || encoding === 'x-gzip') decoder = createGunzip();
  else if (encoding === 'deflate') decoder = createInflate();
  else if (encoding === 'br') decoder = createBrotliDecompress();
  // pipeline passes an aborted response on to the decoder, so the reader never waits forever
  return decoder ? pipeline(response, decoder, () => undefined) : response;
}
