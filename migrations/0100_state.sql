-- Up Migration
-- The shared state of every bot process (src/core/state/pgStateStore.ts): small JSON documents by key,
-- once-only claims and leases, and append-only logs.
CREATE TABLE state_documents (
  key text PRIMARY KEY,
  -- NULL only inside an update's transaction, for a key that had no document yet
  value jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE state_claims (
  key text PRIMARY KEY,
  holder text NOT NULL,
  -- epoch milliseconds when a lease runs out; NULL for a claim that lasts for ever
  until_ms bigint,
  claimed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE state_log (
  id bigserial PRIMARY KEY,
  log text NOT NULL,
  record jsonb NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX state_log_by_log ON state_log (log, id);

-- Down Migration
DROP TABLE state_log;
DROP TABLE state_claims;
DROP TABLE state_documents;
