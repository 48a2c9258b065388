/**
 * The store's schema as an ordered list of migrations. A store records each applied migration
 * in `schema_version`; opening a store applies the missing ones in order, each in its own
 * transaction. A store whose version is higher than the last migration here was written by a
 * newer Rift and is refused, never migrated down. Append new migrations; never edit old ones.
 */
export interface Migration {
  version: number;
  description: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "stories, events (deduplicated), mentions",
    statements: [
      `CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)`,
      // A story is known by its canonical URL, or by "sha256:<hash>" when it has none.
      `CREATE TABLE stories (
        id VARCHAR PRIMARY KEY,
        input_id VARCHAR NOT NULL,
        url VARCHAR,
        hash VARCHAR NOT NULL,
        title VARCHAR,
        published VARCHAR,
        outlet VARCHAR NOT NULL,
        origin_file VARCHAR,
        origin_format VARCHAR,
        num_events INTEGER NOT NULL,
        ingested_at TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL
      )`,
      // One row per happening. Its date is the earliest its mentions give (they differ only with a
      // dedup window); the other descriptive columns come from its representative mention
      // (rep_story, rep_ord): the most confident one, the earliest seen on ties.
      `CREATE TABLE events (
        id BIGINT PRIMARY KEY,
        dedup_key VARCHAR NOT NULL,
        date VARCHAR,
        day DATE,
        date_precision VARCHAR,
        source_code VARCHAR NOT NULL,
        source_country VARCHAR,
        source_role VARCHAR,
        source_name VARCHAR,
        target_code VARCHAR,
        target_country VARCHAR,
        target_role VARCHAR,
        target_name VARCHAR,
        code VARCHAR NOT NULL,
        base_code VARCHAR NOT NULL,
        root VARCHAR NOT NULL,
        quad TINYINT NOT NULL,
        goldstein DOUBLE NOT NULL,
        plover_event VARCHAR,
        plover_mode VARCHAR,
        place_name VARCHAR,
        place_country VARCHAR,
        place_lat DOUBLE,
        place_lon DOUBLE,
        num_mentions INTEGER NOT NULL,
        num_stories INTEGER NOT NULL,
        num_sources INTEGER NOT NULL,
        confidence DOUBLE NOT NULL,
        source_url VARCHAR,
        first_seen TIMESTAMP NOT NULL,
        last_seen TIMESTAMP NOT NULL,
        rep_story VARCHAR NOT NULL,
        rep_ord INTEGER NOT NULL
      )`,
      // Event × story: where and how each telling was coded; record is the EventRecord as JSON.
      `CREATE TABLE mentions (
        event_id BIGINT NOT NULL,
        story_id VARCHAR NOT NULL,
        ord INTEGER NOT NULL,
        sentence_index INTEGER NOT NULL,
        sentence VARCHAR NOT NULL,
        span_start INTEGER NOT NULL,
        span_end INTEGER NOT NULL,
        trigger_start INTEGER NOT NULL,
        trigger_end INTEGER NOT NULL,
        date VARCHAR,
        code VARCHAR NOT NULL,
        rule VARCHAR NOT NULL,
        confidence DOUBLE NOT NULL,
        record VARCHAR NOT NULL,
        seen_at TIMESTAMP NOT NULL
      )`,
      // Point look-ups (a shift's driving events, their sentences) go through these ART indexes.
      `CREATE INDEX mentions_event ON mentions (event_id)`,
      `INSERT INTO meta VALUES ('next_event_id', '1')`,
    ],
  },
  {
    version: 2,
    description: "feeds and feed items for rift watch",
    statements: [
      `CREATE TABLE feeds (
        url VARCHAR PRIMARY KEY,
        etag VARCHAR,
        last_modified VARCHAR,
        last_polled TIMESTAMP,
        last_ok TIMESTAMP,
        failures INTEGER NOT NULL,
        last_error VARCHAR
      )`,
      // status: pending (to fetch, again after next_attempt), stored, skipped (no article), failed (gave up)
      `CREATE TABLE feed_items (
        url VARCHAR PRIMARY KEY,
        feed VARCHAR NOT NULL,
        title VARCHAR,
        published VARCHAR,
        status VARCHAR NOT NULL,
        attempts INTEGER NOT NULL,
        next_attempt TIMESTAMP,
        last_error VARCHAR,
        first_seen TIMESTAMP NOT NULL,
        updated_at TIMESTAMP NOT NULL
      )`,
    ],
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

export const SCHEMA_VERSION_TABLE = `CREATE TABLE schema_version (
  version INTEGER NOT NULL,
  description VARCHAR NOT NULL,
  applied_at TIMESTAMP NOT NULL
)`;

/** The events columns that describe an event, taken from its most confident mention. */
export const DESCRIPTION_COLUMNS: readonly string[] = [
  "source_code",
  "source_country",
  "source_role",
  "source_name",
  "target_code",
  "target_country",
  "target_role",
  "target_name",
  "code",
  "base_code",
  "root",
  "quad",
  "goldstein",
  "plover_event",
  "plover_mode",
  "place_name",
  "place_country",
  "place_lat",
  "place_lon",
  "confidence",
  "source_url",
];
