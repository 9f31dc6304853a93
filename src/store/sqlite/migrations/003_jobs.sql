-- veille store, migration 3: ingestion jobs, one per source, so a killed run resumes.
CREATE TABLE jobs (
  id         INTEGER PRIMARY KEY,
  source     TEXT NOT NULL UNIQUE,
  status     TEXT NOT NULL CHECK (status IN ('pending', 'done', 'failed')),
  attempts   INTEGER NOT NULL DEFAULT 0,
  error      TEXT,
  updated_at TEXT NOT NULL
);
CREATE INDEX jobs_status ON jobs(status);
