import type { Story } from "../src/model/types.js";

/**
 * A generated corpus of news-length stories (~600 words) built from sentence templates with
 * real country names and roles, so that the coder meets actors, events, dates and places at
 * a realistic density. Deterministic (seeded) so runs are comparable.
 */
const COUNTRIES = [
  ["Russia", "Russian"],
  ["Azerbaijan", "Azerbaijani"],
  ["France", "French"],
  ["Germany", "German"],
  ["China", "Chinese"],
  ["Japan", "Japanese"],
  ["Iran", "Iranian"],
  ["Turkey", "Turkish"],
  ["Brazil", "Brazilian"],
  ["Egypt", "Egyptian"],
  ["Kenya", "Kenyan"],
  ["India", "Indian"],
  ["Pakistan", "Pakistani"],
  ["Ukraine", "Ukrainian"],
];
const CITIES = [
  "Moscow",
  "Baku",
  "Paris",
  "Berlin",
  "Beijing",
  "Tokyo",
  "Tehran",
  "Ankara",
  "Cairo",
  "Nairobi",
];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const TEMPLATES = [
  "{C1}'s Foreign Ministry summoned {C2}'s ambassador on {D} to protest the arrest of two {A1} citizens.",
  "{A1} police arrested dozens of protesters in {CITY} on {D}, the interior ministry said.",
  "The {A2} government canceled a planned visit by {A1} Prime Minister officials, citing security concerns.",
  "{A1} troops fired artillery shells at {A2} border posts late on {D}, according to local officials.",
  "{C1} and {C2} agreed to resume trade negotiations next month, diplomats said after talks in {CITY}.",
  "The president of {C2} accused {C1} of interfering in its internal affairs and demanded an apology.",
  "Officials in {CITY} said the talks had made progress but declined to give details about the timetable.",
  "Analysts said the dispute reflected years of tension over energy prices and transit routes across the region.",
  "{A1} lawmakers criticized the decision and called on the government to reconsider its position.",
  "The {A2} Defense Ministry denied the accusations and said its forces had acted in self-defense.",
  "{C2} offered humanitarian aid to {C1} after heavy flooding destroyed hundreds of homes in the north.",
  "Residents described long queues at fuel stations and rising prices for bread and cooking oil.",
];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function makeCorpus(n: number, wordsPerStory = 600, seed = 42): Story[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const stories: Story[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    let words = 0;
    while (words < wordsPerStory) {
      const [c1, a1] = pick(COUNTRIES);
      let [c2, a2] = pick(COUNTRIES);
      if (c2 === c1) [c2, a2] = COUNTRIES[(COUNTRIES.findIndex((c) => c[0] === c1) + 1) % COUNTRIES.length];
      const s = pick(TEMPLATES)
        .replaceAll("{C1}", c1)
        .replaceAll("{A1}", a1)
        .replaceAll("{C2}", c2)
        .replaceAll("{A2}", a2)
        .replaceAll("{CITY}", pick(CITIES))
        .replaceAll("{D}", pick(DAYS));
      parts.push(s);
      words += s.split(" ").length;
    }
    const paragraphs: string[] = [];
    for (let p = 0; p < parts.length; p += 3) paragraphs.push(parts.slice(p, p + 3).join(" "));
    stories.push({
      id: `bench-${i}`,
      url: null,
      title: null,
      published: "2025-06-30",
      text: paragraphs.join("\n\n"),
      origin: { file: null, line: null, format: "inline" },
    });
  }
  return stories;
}
