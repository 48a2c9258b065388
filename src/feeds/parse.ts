/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → items (link, id, title, publication date), with
 * fast-xml-parser. Relative links are resolved against the feed's URL; items without an http(s)
 * link are dropped. Pure: no network.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface FeedItem {
  /** The story page's absolute URL. */
  url: string;
  /** guid / id when the feed gives one, else the URL. */
  id: string;
  title: string | null;
  /** YYYY-MM-DD as stated in the feed (the writer's local date), or null. */
  published: string | null;
}

export interface Feed {
  kind: "rss" | "atom" | "rdf";
  title: string | null;
  items: FeedItem[];
}

export class FeedError extends Error {}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

type Node = Record<string, unknown>;

function text(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === "string") return v.trim() || null;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Node)["#text"]);
  return null;
}

const MONTHS: Record<string, string> = {
  jan: "01",
  feb: "02",
  mar: "03",
  apr: "04",
  may: "05",
  jun: "06",
  jul: "07",
  aug: "08",
  sep: "09",
  oct: "10",
  nov: "11",
  dec: "12",
};

/** The calendar date a feed timestamp states: ISO 8601 or RFC 822 ("Mon, 02 Jun 2025 10:00:00 GMT"). */
export function feedDate(value: string | null): string | null {
  if (!value) return null;
  const s = value.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const valid = (d: string) => {
    const t = Date.parse(`${d}T00:00:00Z`);
    return !Number.isNaN(t) && new Date(t).toISOString().startsWith(d) ? d : null;
  };
  if (iso) return valid(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})/.exec(s);
  const month = rfc ? MONTHS[(rfc[2] as string).toLowerCase()] : undefined;
  if (rfc && month) return valid(`${rfc[3]}-${month}-${(rfc[1] as string).padStart(2, "0")}`);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === "http:" || u.protocol === "https:" ? u.href : null;
  } catch {
    return null;
  }
}

function atomLink(links: unknown, base: string): string | null {
  const list = (Array.isArray(links) ? links : [links]).filter(Boolean) as Node[];
  const alternate =
    list.find((l) => typeof l === "object" && (l["@_rel"] === undefined || l["@_rel"] === "alternate")) ??
    list[0];
  if (!alternate) return null;
  return absolute(typeof alternate === "object" ? text(alternate["@_href"]) : text(alternate), base);
}

function asArray(v: unknown): Node[] {
  if (v === undefined || v === null) return [];
  return (Array.isArray(v) ? v : [v]).filter((x): x is Node => typeof x === "object" && x !== null);
}

export function parseFeed(xml: string, baseUrl: string): Feed {
  const check = XMLValidator.validate(xml);
  if (check !== true) {
    throw new FeedError(`not well-formed XML (${check.err.msg} at line ${check.err.line})`);
  }
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (e) {
    throw new FeedError(`not well-formed XML (${(e as Error).message.split("\n")[0]})`);
  }
  const seen = new Set<string>();
  const keep = (item: FeedItem | null, out: FeedItem[]) => {
    if (item && !seen.has(item.url)) {
      seen.add(item.url);
      out.push(item);
    }
  };
  if (doc.rss && typeof doc.rss === "object") {
    const channel = asArray((doc.rss as Node).channel)[0] ?? {};
    const items: FeedItem[] = [];
    for (const it of asArray(channel.item)) {
      const guid = it.guid;
      const permalink =
        typeof guid === "object" && guid !== null && (guid as Node)["@_isPermaLink"] !== "false"
          ? text(guid)
          : null;
      const url =
        absolute(text(it.link), baseUrl) ??
        absolute(permalink ?? (typeof guid === "string" ? guid : null), baseUrl);
      if (!url) continue;
      keep(
        {
          url,
          id: text(guid) ?? url,
          title: text(it.title),
          published: feedDate(text(it.pubDate) ?? text(it.date)),
        },
        items,
      );
    }
    return { kind: "rss", title: text(channel.title), items };
  }
  if (doc.feed && typeof doc.feed === "object") {
    const feed = doc.feed as Node;
    const items: FeedItem[] = [];
    for (const e of asArray(feed.entry)) {
      const url = atomLink(e.link, baseUrl);
      if (!url) continue;
      keep(
        {
          url,
          id: text(e.id) ?? url,
          title: text(e.title),
          published: feedDate(text(e.published) ?? text(e.updated)),
        },
        items,
      );
    }
    return { kind: "atom", title: text(feed.title), items };
  }
  if (doc.RDF && typeof doc.RDF === "object") {
    const rdf = doc.RDF as Node;
    const items: FeedItem[] = [];
    for (const it of asArray(rdf.item)) {
      const url = absolute(text(it.link) ?? text(it["@_about"]), baseUrl);
      if (!url) continue;
      keep(
        { url, id: text(it["@_about"]) ?? url, title: text(it.title), published: feedDate(text(it.date)) },
        items,
      );
    }
    return { kind: "rdf", title: text(asArray(rdf.channel)[0]?.title), items };
  }
  throw new FeedError("not an RSS or Atom feed (no <rss>, <feed> or <rdf:RDF> root)");
}
