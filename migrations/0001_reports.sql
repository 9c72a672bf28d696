-- Up Migration

CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

-- Reports, their passages and annotations, partitioned by report month (reports without a date
-- go to the default partition). The terms are Newsdesk's own processed terms, computed in Node,
-- so both backends search the same words: `tsv` holds each term with one position per
-- occurrence (its frequency), `length` the number of terms with the title's.
CREATE SEQUENCE newsdesk_report_number;

CREATE TABLE newsdesk_reports (
  month date,
  id text NOT NULL,
  number bigint NOT NULL,
  -- YYYY-MM-DD as the report gives it: compared as text, as the in-memory index compares it
  date text,
  title text NOT NULL,
  body text NOT NULL,
  source text,
  url text,
  origin jsonb NOT NULL,
  length integer NOT NULL,
  title_length integer NOT NULL,
  passages integer NOT NULL,
  terms text[] NOT NULL,
  tsv tsvector NOT NULL,
  annotations jsonb,
  fingerprint text NOT NULL
) PARTITION BY RANGE (month);

CREATE TABLE newsdesk_reports_undated PARTITION OF newsdesk_reports DEFAULT;
CREATE INDEX newsdesk_reports_id ON newsdesk_reports (id);
CREATE INDEX newsdesk_reports_number ON newsdesk_reports (number);
CREATE INDEX newsdesk_reports_date ON newsdesk_reports (date);
-- GIN: the words of a date-limited question, with the date index and partition pruning
CREATE INDEX newsdesk_reports_tsv ON newsdesk_reports USING gin (tsv);

CREATE TABLE newsdesk_passages (
  month date,
  report_id text NOT NULL,
  ordinal integer NOT NULL,
  paragraph integer NOT NULL,
  start_offset integer NOT NULL,
  end_offset integer NOT NULL
) PARTITION BY RANGE (month);

CREATE TABLE newsdesk_passages_undated PARTITION OF newsdesk_passages DEFAULT;
CREATE INDEX newsdesk_passages_report ON newsdesk_passages (report_id, ordinal);

-- Reports per term, for BM25 weights and the common-word threshold.
CREATE TABLE newsdesk_terms (
  term text PRIMARY KEY,
  reports integer NOT NULL
);

-- One row: the counts ranking needs and a version bumped by every change.
CREATE TABLE newsdesk_corpus (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  reports bigint NOT NULL DEFAULT 0,
  total_length bigint NOT NULL DEFAULT 0,
  title_length bigint NOT NULL DEFAULT 0,
  passages bigint NOT NULL DEFAULT 0,
  -- distinct terms per report, summed: MiniSearch weighs a report's length by its distinct terms
  unique_length bigint NOT NULL DEFAULT 0,
  version bigint NOT NULL DEFAULT 0
);
INSERT INTO newsdesk_corpus DEFAULT VALUES;

-- The best reports of each common word (as the in-memory top lists).
CREATE TABLE newsdesk_common_lists (
  term text PRIMARY KEY,
  numbers bigint[] NOT NULL,
  scores double precision[] NOT NULL
);

-- A month's partitions, made when its first report arrives (the name comes from the date alone).
CREATE FUNCTION newsdesk_month_partitions(m date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  suffix text := to_char(m, 'YYYY_MM');
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('newsdesk_month_partitions'));
  IF to_regclass('newsdesk_reports_' || suffix) IS NULL THEN
    EXECUTE format('CREATE TABLE %I PARTITION OF newsdesk_reports FOR VALUES FROM (%L) TO (%L)',
      'newsdesk_reports_' || suffix, m, (m + interval '1 month')::date);
    EXECUTE format('CREATE TABLE %I PARTITION OF newsdesk_passages FOR VALUES FROM (%L) TO (%L)',
      'newsdesk_passages_' || suffix, m, (m + interval '1 month')::date);
  END IF;
END $$;

-- RUM orders ranked full-text matches inside the index, where the extension is installed.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
    CREATE EXTENSION IF NOT EXISTS rum;
    CREATE INDEX newsdesk_reports_rum ON newsdesk_reports USING rum (tsv rum_tsvector_ops);
  END IF;
END $$;
