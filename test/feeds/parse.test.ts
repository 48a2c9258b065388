import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { FeedError, feedDate, parseFeed } from "../../src/feeds/parse.js";
import { atom, rss } from "./server.js";

const BASE = "http://127.0.0.1:9";

describe("parseFeed", () => {
  it("reads RSS 2.0 items: link, guid, title, date", () => {
    const feed = parseFeed(
      rss(BASE, [
        { path: "/a", title: "Talks resume &amp; continue", date: "Mon, 02 Jun 2025 23:30:00 -0500" },
        { path: "/b", title: "Second", date: "Tue, 3 Jun 2025 08:00:00 GMT" },
        { path: "/a", title: "Duplicate link", date: "Tue, 3 Jun 2025 08:00:00 GMT" },
      ]),
      `${BASE}/feed.xml`,
    );
    assert.equal(feed.kind, "rss");
    assert.equal(feed.title, "Test wire");
    assert.deepEqual(feed.items, [
      { url: `${BASE}/a`, id: `${BASE}/a`, title: "Talks resume & continue", published: "2025-06-02" },
      { url: `${BASE}/b`, id: `${BASE}/b`, title: "Second", published: "2025-06-03" },
    ]);
  });

  it("reads Atom entries: the alternate link, resolved against the feed URL", () => {
    const feed = parseFeed(
      atom(BASE, [{ path: "/news/1", title: "One", date: "2025-06-04T10:00:00+04:00" }]),
      `${BASE}/x/atom.xml`,
    );
    assert.equal(feed.kind, "atom");
    assert.deepEqual(feed.items, [
      { url: `${BASE}/news/1`, id: "urn:test:/news/1", title: "One", published: "2025-06-04" },
    ]);
  });

  it("reads RSS 1.0 (RDF), CDATA titles and a guid-only item", () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel rdf:about="${BASE}/"><title>RDF feed</title></channel>
      <item rdf:about="${BASE}/r1"><title><![CDATA[A <b>bold</b> title]]></title><link>${BASE}/r1</link><dc:date>2025-05-30</dc:date></item>
    </rdf:RDF>`;
    const feed = parseFeed(rdf, `${BASE}/rdf`);
    assert.equal(feed.kind, "rdf");
    assert.deepEqual(feed.items[0], {
      url: `${BASE}/r1`,
      id: `${BASE}/r1`,
      title: "A <b>bold</b> title",
      published: "2025-05-30",
    });
    const guidOnly = parseFeed(
      `<rss><channel><item><guid>${BASE}/g</guid></item><item><title>no link</title></item><item><link>javascript:alert(1)</link></item></channel></rss>`,
      BASE,
    );
    assert.deepEqual(
      guidOnly.items.map((i) => i.url),
      [`${BASE}/g`],
    );
  });

  it("refuses what is not a feed", () => {
    assert.throws(() => parseFeed("<html><body>hello</body></html>", BASE), FeedError);
    assert.throws(() => parseFeed("<rss><channel><item>", BASE), FeedError);
  });

  it("feedDate keeps the stated calendar day", () => {
    assert.equal(feedDate("Mon, 02 Jun 2025 23:30:00 -0500"), "2025-06-02");
    assert.equal(feedDate("2025-06-04T01:00:00+09:00"), "2025-06-04");
    assert.equal(feedDate("2025-02-30"), null);
    assert.equal(feedDate("soon"), null);
    assert.equal(feedDate(null), null);
  });
});
