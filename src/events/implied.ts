import type { ActorMention, Token } from "../model/types.js";
import type { Trigger } from "./triggers.js";

/** A verb with a direct object of its own ("demonstrated a willingness") is not an intransitive protest. */
export function hasObject(tokens: readonly Token[], trig: Trigger): boolean {
  if (trig.pattern.kind !== "verb" || trig.objectAt !== null) return false;
  const next = tokens[trig.end];
  return (
    next !== undefined &&
    (next.pos === "DET" || next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PRON")
  );
}

/**
 * The other side of a story's main dyad for `actor`: the most mentioned country other than the
 * actor's own (at least three mentions and at least half as many as the actor's), as its most
 * mentioned code. Null when the story has no clear other side.
 */
export function counterpart(actors: readonly ActorMention[], actor: ActorMention): ActorMention | null {
  // Countries, and organisations without one (the EU, the UN), are the sides.
  const side = (m: ActorMention) => m.country ?? m.code;
  const byCountry = new Map<string, ActorMention[]>();
  for (const m of actors) {
    if (m.locative || m.via === "adjective" || m.via === "pronoun" || m.code.startsWith("---")) continue;
    const list = byCountry.get(side(m));
    if (list) list.push(m);
    else byCountry.set(side(m), [m]);
  }
  const own = byCountry.get(side(actor))?.length ?? 0;
  let best: ActorMention[] | null = null;
  for (const [country, list] of byCountry) {
    if (country === side(actor)) continue;
    if (best === null || list.length > best.length) best = list;
  }
  if (best === null || best.length < 3 || best.length * 2 < own) return null;
  const codes = new Map<string, number>();
  for (const m of best) codes.set(m.code, (codes.get(m.code) ?? 0) + (m.role === "GOV" ? 2 : 1));
  const code = [...codes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const m = best.find((x) => x.code === code) ?? best[0];
  return { ...m, text: "", via: "coref", entries: [] };
}
