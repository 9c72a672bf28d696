import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A handler for one path of the test server. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A loopback HTTP server (127.0.0.1 only) whose routes a test can change while it runs. */
export interface Loopback {
  base: string;
  routes: Map<string, Route>;
  /** Requests seen, path and headers, for checking conditional requests. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startLoopback(routes: Record<string, Route> = {}): Promise<Loopback> {
  const table = new Map(Object.entries(routes));
  const requests: Loopback['requests'] = [];
  const open = new Set<ServerResponse>();
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, headers: req.headers });
    open.add(res);
    res.on('close', () => open.delete(res));
    const route = table.get(path);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    routes: table,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A route that answers with a fixed body and type. */
export function serve(type: string, body: string | Uint8Array, headers: Record<string, string> = {}): Route {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);
  };
}

/** Item of a test feed. */
export interface TestItem {
  guid: string;
  title: string;
  link: string;
  /** ISO time. */
  date: string;
  text: string;
}

const esc = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(title: string, items: TestItem[]): string {
  const entries = items.map(
    (item) =>
      `<item><title>${esc(item.title)}</title><link>${esc(item.link)}</link><guid>${esc(item.guid)}</guid>` +
      `<pubDate>${new Date(item.date).toUTCString()}</pubDate>` +
      `<description>${esc(`<p>${item.text}</p>`)}</description></item>`,
  );
  return (
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${esc(title)}</title><link>http://example.test/</link>` +
    `<description>test</description>${entries.join('')}</channel></rss>`
  );
}

export function atomFeed(title: string, items: TestItem[]): string {
  const entries = items.map(
    (item) =>
      `<entry><title>${esc(item.title)}</title><id>${esc(item.guid)}</id><link href="${esc(item.link)}"/>` +
      `<published>${item.date}</published><updated>${item.date}</updated>` +
      `<content type="html">${esc(`<p>${item.text}</p>`)}</content></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title>` +
    `<id>urn:test:${esc(title)}</id><updated>2020-01-01T00:00:00Z</updated>${entries.join('')}</feed>`
  );
}

export function jsonFeed(title: string, items: TestItem[]): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title,
    items: items.map((item) => ({
      id: item.guid,
      url: item.link,
      title: item.title,
      content_text: item.text,
      date_published: item.date,
    })),
  });
}

/** `count` items with distinct texts, one a day from `firstDay`. */
export function makeItems(prefix: string, count: number, base: string, firstDay = '2020-03-01'): TestItem[] {
  const start = Date.parse(`${firstDay}T09:00:00Z`);
  return Array.from({ length: count }, (_, i) => ({
    guid: `${prefix}-${i}`,
    title: `${prefix} story ${i}`,
    link: `${base}/article/${prefix}-${i}`,
    date: new Date(start + i * 86_400_000).toISOString(),
    text: `Officials in ${prefix} said on day ${i} that the plan number ${i} would go ahead, according to a statement.`,
  }));
}

/** A two-page PDF with a title, written with pdf-lib. */
export async function makePdf(title: string, pages: string[][]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.setTitle(title);
  for (const lines of pages) {
    const page = document.addPage();
    lines.forEach((line, i) => {
      page.drawText(line, { x: 50, y: 760 - i * 18, size: 12, font });
    });
  }
  return document.save();
}

/** An article page; `meta` goes in the head, so tests choose which metadata it carries. */
export function articlePage(title: string, paragraphs: string[], meta = '', body = ''): string {
  const text = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  return (
    `<!doctype html><html><head><title>${title} | Test Site</title>${meta}</head><body>` +
    `<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>` +
    `<article><h1>${title}</h1>${body}${text}</article><footer>Copyright Test Site. All rights reserved.</footer>` +
    `</body></html>`
  );
}
