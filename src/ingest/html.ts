import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import type { Origin } from "../model/types.js";
import { parseDate } from "./dates.js";
import { finishStory, type ParseOptions, type ReadItem } from "./item.js";
import { cleanLine, isHttpUrl, normalizeNewlines } from "./normalize.js";
import { problem, whereOf } from "./problems.js";

/**
 * HTML pages: the article body comes from @mozilla/readability over a linkedom DOM; title,
 * publication date and canonical URL from the page's metadata, read through the DOM.
 */

/** Below this many words (or when most of the text is link text) the page has no article. */
const MIN_WORDS = 12;
const MAX_LINK_DENSITY = 0.6;
/**
 * Readability's running time grows much faster than linearly with nesting depth and element
 * count; pages beyond these limits (never seen in real news pages) are refused to keep the
 * time per page bounded.
 */
const MAX_DEPTH = 400;
const MAX_ELEMENTS = 200_000;

/** Meta names/properties that carry the publication date, most specific first. */
const DATE_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "og:published_time",
  "article:published",
  "published_time",
  "datepublished",
  "pubdate",
  "publishdate",
  "publish-date",
  "publish_date",
  "parsely-pub-date",
  "sailthru.date",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "dcterms.date",
  "dcterms.created",
  "date",
] as const;

const BLOCKS: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "caption",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "tfoot",
  "thead",
  "tr",
  "ul",
]);
const SKIP: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "button",
  "select",
  "textarea",
]);
const CELLS: ReadonlySet<string> = new Set(["td", "th"]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const HEAD_TAGS: ReadonlySet<string> = new Set(["title", "meta", "link", "base", "style", "script"]);
const COMMENT_NODE = 8;

const escapeText = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** True when the root is <html> and its only element children are <head> and <body>. */
function isWellFormed(document: Document): boolean {
  const root = document.documentElement;
  if (root?.tagName?.toLowerCase() !== "html") return false;
  const tags = Array.from(root.children).map((el) => el.tagName.toLowerCase());
  return tags.includes("body") && tags.every((tag) => tag === "head" || tag === "body");
}

/**
 * A document with <html><head>…</head><body>…</body></html>. linkedom does not insert implied
 * elements, so fragments and pages without <body> are rebuilt: top-level head elements go to
 * <head>, everything else to <body> (Readability only looks inside <body>).
 */
function loadDocument(html: string): Document {
  const first = parseHTML(html).document;
  if (isWellFormed(first)) return first;
  const head: string[] = [];
  const body: string[] = [];
  const place = (node: Node, target: string[] | null): void => {
    if (node.nodeType === TEXT_NODE) {
      const text = node.textContent ?? "";
      if (text.trim()) (target ?? body).push(escapeText(text));
      return;
    }
    if (node.nodeType === COMMENT_NODE || node.nodeType !== ELEMENT_NODE) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === "html") for (const child of Array.from(el.childNodes)) place(child, target);
    else if (tag === "head") for (const child of Array.from(el.childNodes)) place(child, head);
    else if (tag === "body") for (const child of Array.from(el.childNodes)) place(child, body);
    else if (target === null && HEAD_TAGS.has(tag)) head.push(el.outerHTML);
    else (target ?? body).push(el.outerHTML);
  };
  for (const node of Array.from(first.childNodes)) place(node, null);
  return parseHTML(`<!doctype html><html><head>${head.join("")}</head><body>${body.join("")}</body></html>`)
    .document;
}

/** Depth of the deepest element (iterative, so deep pages cannot overflow the stack). */
function maxDepth(document: Document, stopAt: number): number {
  let deepest = 0;
  const stack: [Element, number][] = document.documentElement ? [[document.documentElement, 1]] : [];
  while (stack.length > 0) {
    const [el, depth] = stack.pop() as [Element, number];
    if (depth > deepest) deepest = depth;
    if (deepest > stopAt) break;
    for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Every <meta>'s property / name / itemprop (lower-cased) → first non-empty content. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.getElementsByTagName("meta"))) {
    const content = meta.getAttribute("content")?.trim();
    if (!content) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

/** datePublished (else dateCreated) from the page's JSON-LD blocks, articles first. */
function jsonLdDate(document: Document): string | null {
  const found: { date: string; article: boolean }[] = [];
  let budget = 2000;
  const visit = (value: unknown, depth: number): void => {
    if (budget-- <= 0 || depth > 8 || value === null || typeof value !== "object") return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    const type = record["@type"];
    const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
    const article = types.some((t) => /article|posting|report|story/i.test(t));
    for (const key of ["datePublished", "dateCreated"]) {
      const raw = record[key];
      const date = typeof raw === "string" ? parseDate(raw) : null;
      if (date) {
        found.push({ date, article });
        break;
      }
    }
    for (const v of Object.values(record)) if (typeof v === "object") visit(v, depth + 1);
  };
  for (const script of Array.from(document.getElementsByTagName("script"))) {
    if (script.getAttribute("type")?.trim().toLowerCase() !== "application/ld+json") continue;
    try {
      visit(JSON.parse(script.textContent ?? ""), 0);
    } catch {
      // broken JSON-LD is common; ignore it
    }
  }
  return (found.find((f) => f.article) ?? found[0])?.date ?? null;
}

/** itemprop="datePublished" on any element, then <time pubdate>, then the first dated <time>. */
function elementDate(document: Document): string | null {
  for (const el of Array.from(document.querySelectorAll("[itemprop]"))) {
    if (el.getAttribute("itemprop")?.trim().toLowerCase() !== "datepublished") continue;
    const raw = el.getAttribute("content") ?? el.getAttribute("datetime") ?? el.textContent ?? "";
    const date = parseDate(raw);
    if (date) return date;
  }
  const times = Array.from(document.getElementsByTagName("time"));
  const ordered = [...times.filter((t) => t.hasAttribute("pubdate")), ...times];
  for (const time of ordered) {
    const date = parseDate(time.getAttribute("datetime") ?? "");
    if (date) return date;
  }
  return null;
}

function publicationDate(document: Document, metas: Map<string, string>): string | null {
  for (const key of DATE_KEYS) {
    const raw = metas.get(key);
    const date = raw === undefined ? null : parseDate(raw);
    if (date) return date;
  }
  return jsonLdDate(document) ?? elementDate(document);
}

function canonicalUrl(document: Document, metas: Map<string, string>): string | null {
  for (const link of Array.from(document.getElementsByTagName("link"))) {
    const rel = (link.getAttribute("rel") ?? "").toLowerCase().split(/\s+/);
    const href = link.getAttribute("href")?.trim() ?? "";
    if (rel.includes("canonical") && isHttpUrl(href)) return href;
  }
  const og = metas.get("og:url") ?? "";
  return isHttpUrl(og) ? og : null;
}

interface BodyText {
  text: string;
  words: number;
  linkChars: number;
  chars: number;
}

/** Readability's article node → paragraphs separated by blank lines, whitespace collapsed. */
function articleText(root: Node): BodyText {
  const paragraphs: string[] = [];
  let current = "";
  let linkChars = 0;
  const flush = (): void => {
    const p = current.replace(/\s+/g, " ").trim();
    if (p) paragraphs.push(p);
    current = "";
  };
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const t = node.textContent ?? "";
      current += t;
      if (inLink) linkChars += t.trim().length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (SKIP.has(tag)) return;
    if (tag === "br") {
      flush();
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) current += " ";
    for (const child of Array.from(node.childNodes)) walk(child, inLink || tag === "a");
    if (CELLS.has(tag)) current += " ";
    if (block) flush();
  };
  walk(root, false);
  flush();
  const text = paragraphs.join("\n\n");
  const words = text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
  return { text, words, linkChars, chars: text.replace(/\s/g, "").length };
}

/** Parses an HTML page into a story; a page without an article gives a "no-article" problem. Never throws. */
export function parseHtmlStory(html: string, origin: Origin, id: string, opts?: ParseOptions): ReadItem {
  const where = whereOf(origin, id);
  try {
    const document = loadDocument(normalizeNewlines(html));
    const metas = metaValues(document);
    const published = publicationDate(document, metas);
    const url = canonicalUrl(document, metas);
    const depth = maxDepth(document, MAX_DEPTH);
    if (depth > MAX_DEPTH) {
      return {
        kind: "problem",
        problem: problem(
          "error",
          "bad-html",
          `page elements are nested more than ${MAX_DEPTH} levels deep`,
          where,
        ),
      };
    }
    const article = new Readability<Node>(document, {
      serializer: (node: Node) => node,
      maxElemsToParse: MAX_ELEMENTS,
    }).parse();
    const body = article?.content ? articleText(article.content) : null;
    if (!article || !body || body.words < MIN_WORDS || body.linkChars > MAX_LINK_DENSITY * body.chars) {
      const reason = !body
        ? "no article found in the page"
        : `no article found in the page (${body.words} words, mostly links or too short)`;
      return { kind: "problem", problem: problem("error", "no-article", reason, where) };
    }
    const title = cleanLine(article.title ?? "") || null;
    const fallbackDate = published ?? (article.publishedTime ? parseDate(article.publishedTime) : null);
    return finishStory(
      { id, url, title, published: fallbackDate, text: body.text },
      origin,
      opts,
      [],
      "no-article",
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      kind: "problem",
      problem: problem("error", "bad-html", `could not parse the page (${reason})`, where),
    };
  }
}
