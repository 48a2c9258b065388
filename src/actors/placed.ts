import type { GazHit } from "../geo/gazetteer.js";
import type { ActorMention, Token } from "../model/types.js";
import { actorCode } from "./compose.js";

const LINKS = new Set(["in", "from", "of"]);

/**
 * "Rebels in Darfur", "police in Yekaterinburg", "officials from Kandahar": a role named with a
 * city or region takes that place's country (from the gazetteer; among same-named places, one in
 * a country the story names, else the most prominent). Countries and capitals are composed
 * earlier (compose.ts); this covers the other places.
 */
export function placeCountries(
  mentions: readonly ActorMention[],
  tokens: readonly Token[],
  lookup: (name: string) => readonly GazHit[],
): ActorMention[] {
  const named = new Set(mentions.flatMap((m) => (m.country !== null && !m.locative ? [m.country] : [])));
  return mentions.map((m) => {
    if (m.country !== null || m.role === null || !m.code.startsWith("---")) return m;
    let j = m.tokens[1];
    if (!LINKS.has(tokens[j]?.normal ?? "")) return m;
    j++;
    if (tokens[j]?.normal === "the") j++;
    let end = j;
    while (
      end < tokens.length &&
      end - j < 3 &&
      tokens[end].pos === "PROPN" &&
      /^[A-Z]/.test(tokens[end].text)
    )
      end++;
    for (let e = end; e > j; e--) {
      const name = tokens
        .slice(j, e)
        .map((t) => t.text)
        .join(" ");
      const hits = lookup(name);
      if (hits.length === 0) continue;
      const hit = hits.find((h) => named.has(h.country)) ?? hits[0];
      return {
        ...m,
        country: hit.country,
        code: actorCode(hit.country, m.role),
        entries: [...m.entries, hit.id],
      };
    }
    return m;
  });
}
