import type { PersonEntry } from "../dict/schema.js";
import type { Doc, EventActor, EventRecord } from "../model/types.js";
import type { Stage } from "../pipeline/stage.js";
import { actorCode } from "./compose.js";
import { personCodeOn } from "./lexicon.js";

/**
 * A person is coded by the office held when the event happened, not when the story was
 * published: "In 1998, Mr. Clinton ordered a strike" is USAGOV in a 2017 story. Runs after the
 * time stage, for events dated to a day, month or year.
 */
function atDate(actor: EventActor, date: string, persons: ReadonlyMap<string, PersonEntry>): EventActor {
  const id = actor.entries.find((e) => e.startsWith("person."));
  const person = id ? persons.get(id) : undefined;
  if (person === undefined) return actor;
  const day = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  const office = personCodeOn(person, day);
  if (office === null || office.code === actor.code) return actor;
  const country = office.code.slice(0, 3);
  const role = office.code.slice(3, 6) || null;
  return { ...actor, code: actorCode(country, role), country, role };
}

export const officeStage: Stage = {
  name: "office",
  reads: ["story", "events"],
  writes: ["events"],
  run(doc, kb): Doc {
    const persons = kb.actors.personsById;
    const events = doc.events.map((e): EventRecord => {
      if (e.date === null || !e.dateStated || e.date === doc.story.published) return e;
      const source = atDate(e.source, e.date, persons);
      const target = e.target ? atDate(e.target, e.date, persons) : null;
      return source === e.source && target === e.target ? e : { ...e, source, target };
    });
    return { ...doc, events };
  },
};
