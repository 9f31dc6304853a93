-- veille store, migration 1: articles, entities across articles, events.
-- Applied by src/store/sqlite/apply-migrations.ts inside one transaction.

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  url           TEXT,
  canonical_url TEXT UNIQUE,
  title         TEXT,
  section       TEXT,
  byline        TEXT,
  published     TEXT,
  lang          TEXT NOT NULL,
  outlet        TEXT,
  text          TEXT NOT NULL,
  content_hash  TEXT NOT NULL UNIQUE,
  -- 64-bit simhash as 16 hex digits, and its four 16-bit bands: two texts
  -- within 3 bits share at least one band exactly (candidate lookup).
  simhash       TEXT NOT NULL,
  band0         INTEGER NOT NULL,
  band1         INTEGER NOT NULL,
  band2         INTEGER NOT NULL,
  band3         INTEGER NOT NULL,
  copy_of       INTEGER REFERENCES articles(id),
  ingested_at   TEXT NOT NULL,
  -- The analysis contract (src/output/contract.ts) as JSON.
  analysis      TEXT NOT NULL
);
CREATE INDEX articles_band0 ON articles(band0);
CREATE INDEX articles_band1 ON articles(band1);
CREATE INDEX articles_band2 ON articles(band2);
CREATE INDEX articles_band3 ON articles(band3);
CREATE INDEX articles_copy_of ON articles(copy_of);
CREATE INDEX articles_published ON articles(published);

-- key: Wikidata id when known, else `kind:folded name` (src/store/entity-key.ts).
CREATE TABLE entities (
  key         TEXT PRIMARY KEY,
  name        TEXT NOT NULL,
  name_folded TEXT NOT NULL,
  kind        TEXT NOT NULL,
  wikidata    TEXT,
  iso3        TEXT
) WITHOUT ROWID;
CREATE INDEX entities_name_folded ON entities(name_folded);

CREATE TABLE article_entities (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_key TEXT NOT NULL REFERENCES entities(key),
  mentions   INTEGER NOT NULL,
  PRIMARY KEY (article_id, entity_key)
) WITHOUT ROWID;
CREATE INDEX article_entities_entity ON article_entities(entity_key);

CREATE TABLE events (
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx             INTEGER NOT NULL,
  type            TEXT NOT NULL,
  actor_key       TEXT REFERENCES entities(key),
  target_key      TEXT REFERENCES entities(key),
  certainty       TEXT NOT NULL,
  source_key      TEXT REFERENCES entities(key),
  source_text     TEXT,
  has_source      INTEGER NOT NULL,
  quantity_value  REAL,
  quantity_unit   TEXT,
  quantity_approx TEXT,
  date            TEXT,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  evidence_text   TEXT NOT NULL,
  by              TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE INDEX events_actor ON events(actor_key);
CREATE INDEX events_target ON events(target_key);
CREATE INDEX events_type ON events(type);
