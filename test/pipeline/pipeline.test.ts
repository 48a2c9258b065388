import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { actorsStage } from "../../src/actors/stage.js";
import { eventsStage } from "../../src/events/stage.js";
import { tokenizeStage } from "../../src/nlp/tokenize.js";
import { defaultPipeline } from "../../src/pipeline/default.js";
import { buildPipeline, PipelineError } from "../../src/pipeline/pipeline.js";

describe("pipeline", () => {
  it("refuses a stage that reads what no earlier stage writes", () => {
    assert.throws(
      () => buildPipeline([tokenizeStage, eventsStage]),
      (e: unknown) => {
        assert.ok(e instanceof PipelineError);
        assert.match((e as Error).message, /"events" reads "actors"/);
        return true;
      },
    );
  });
  it("refuses a stage listed twice", () => {
    assert.throws(() => buildPipeline([tokenizeStage, tokenizeStage]), /appears twice/);
  });
  it("accepts stages in dependency order", () => {
    assert.equal(buildPipeline([tokenizeStage, actorsStage, eventsStage]).stages.length, 3);
  });
  it("the default pipeline is built and checked", () => {
    assert.deepEqual(
      defaultPipeline.stages.map((s) => s.name),
      ["tokenize", "actors", "events", "time", "office", "geo", "historic", "dedupe"],
    );
  });
});
