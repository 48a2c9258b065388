/**
 * A local HTTP server on 127.0.0.1 (random port) serving feeds and story pages written for the
 * tests, with switchable faults. Records every request. Loopback only.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Hit {
  path: string;
  at: number;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  userAgent: string | null;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, hit: Hit) => void;

export class TestServer {
  hits: Hit[] = [];
  routes = new Map<string, Handler>();
  private server: Server | null = null;
  base = "";

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const path = (req.url ?? "/").split("?")[0] ?? "/";
      const hit: Hit = {
        path,
        at: Date.now(),
        ifNoneMatch: (req.headers["if-none-match"] as string | undefined) ?? null,
        ifModifiedSince: (req.headers["if-modified-since"] as string | undefined) ?? null,
        userAgent: (req.headers["user-agent"] as string | undefined) ?? null,
      };
      this.hits.push(hit);
      const route = this.routes.get(path);
      if (!route) {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
      route(req, res, hit);
    });
    await new Promise<void>((r) => this.server?.listen(0, "127.0.0.1", r));
    const { port } = this.server.address() as AddressInfo;
    this.base = `http://127.0.0.1:${port}`;
    return this.base;
  }

  count(path: string): number {
    return this.hits.filter((h) => h.path === path).length;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((r) => this.server?.close(() => r()));
  }
}

/** A story page with an article body long enough for the extractor. */
export function page(title: string, date: string, paragraphs: string[]): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="article:published_time" content="${date}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article>
<footer>Made-up test outlet</footer></body></html>`;
}

export function rss(base: string, items: { path: string; title: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Test wire</title><link>${base}/</link>
${items
  .map(
    (i) =>
      `<item><title>${i.title}</title><link>${base}${i.path}</link><guid isPermaLink="true">${base}${i.path}</guid><pubDate>${i.date}</pubDate></item>`,
  )
  .join("\n")}
</channel></rss>`;
}

export function atom(base: string, items: { path: string; title: string; date: string }[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Test paper</title><id>urn:test:paper</id>
${items
  .map(
    (i) =>
      `<entry><title type="html">${i.title}</title><id>urn:test:${i.path}</id><link rel="self" href="${base}/self${i.path}"/><link rel="alternate" href="${i.path}"/><published>${i.date}</published></entry>`,
  )
  .join("\n")}
</feed>`;
}
