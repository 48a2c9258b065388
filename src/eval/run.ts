/**
 * Runs a coder over gold stories or sentence lines and scores each unit. The coder is passed
 * in, so these functions stay pure given a pure coder.
 */
import type { Story } from "../model/types.js";
import type { GoldStory, SentenceLine } from "./gold.js";
import { type EngineOutput, scoreCameo, scorePlover, type UnitResult } from "./score.js";

export type Coder = (story: Story) => EngineOutput;

const NOTHING: EngineOutput = { events: [], sentences: [] };

/** Codes a story; a coder that throws gives no events and a problem. */
function safely(coder: Coder, story: Story, problems: string[]): EngineOutput {
  try {
    return coder(story);
  } catch (e) {
    problems.push(`the coder failed on ${story.id}: ${(e as Error).message}`);
    return NOTHING;
  }
}

/** A sentence line as a one-sentence story (id = line id, published = line date). */
export function storyOfLine(line: SentenceLine, file: string | null): Story {
  return {
    id: line.id,
    url: null,
    title: null,
    published: line.date,
    text: line.text,
    origin: { file, line: line.line, format: "jsonl" },
  };
}

/** Scores gold stories; `stories` holds the read story of each gold `doc`. */
export function runStories(
  gold: readonly GoldStory[],
  stories: ReadonlyMap<string, Story>,
  coder: Coder,
): UnitResult[] {
  const results: UnitResult[] = [];
  for (const g of gold) {
    const story = stories.get(g.doc);
    if (story === undefined) continue;
    const problems: string[] = [];
    const output = safely(coder, story, problems);
    const result = scoreCameo({ id: g.doc, text: story.text, gold: g.events, whole: false }, output);
    results.push({ ...result, problems: [...problems, ...result.problems] });
  }
  return results;
}

/** Scores a sentence set, each line coded as a one-sentence story. */
export function runSentences(
  lines: readonly SentenceLine[],
  coder: Coder,
  file: string | null,
): UnitResult[] {
  return lines.map((line) => {
    const problems: string[] = [];
    const story = storyOfLine(line, file);
    const output = safely(coder, story, problems);
    const result =
      line.scheme === "plover"
        ? scorePlover({ id: line.id, text: line.text, gold: line.plover }, output.events)
        : scoreCameo({ id: line.id, text: line.text, gold: line.cameo, whole: true }, output);
    return { ...result, problems: [...problems, ...result.problems] };
  });
}
