-- Up Migration

-- The searched terms of every report in one table that is not partitioned. A question's words
-- are looked up in one index instead of one per month partition: at a million reports spread
-- over decades there are hundreds of partitions, and each index probe costs about a millisecond.
-- The reports themselves (text, passages, annotations) stay partitioned by month.
CREATE TABLE newsdesk_search (
  number bigint PRIMARY KEY,
  id text NOT NULL,
  -- YYYY-MM-DD as the report gives it, compared as text (as in newsdesk_reports)
  date text,
  -- all the report's terms, the title's with them: a common word's list weighs a report by it
  length integer NOT NULL,
  -- what the report says, digested: a folder's report is compared with it by id, without a probe per partition
  fingerprint text NOT NULL,
  tsv tsvector NOT NULL
);
INSERT INTO newsdesk_search (number, id, date, length, fingerprint, tsv)
  SELECT number, id, date, length, fingerprint, tsv FROM newsdesk_reports;
CREATE INDEX newsdesk_search_id ON newsdesk_search (id);
CREATE INDEX newsdesk_search_date ON newsdesk_search (date);
-- GIN: the words of a date-limited question and exact matching
CREATE INDEX newsdesk_search_tsv ON newsdesk_search USING gin (tsv);

-- RUM: a question whose words match many reports takes its best ones, ranked inside the index
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum') THEN
    CREATE INDEX newsdesk_search_rum ON newsdesk_search USING rum (tsv rum_tsvector_ops);
  END IF;
END $$;

DROP INDEX IF EXISTS newsdesk_reports_tsv;
DROP INDEX IF EXISTS newsdesk_reports_rum;
ALTER TABLE newsdesk_reports DROP COLUMN tsv;

-- A question word's longer forms, found by prefix whatever the database's collation
CREATE INDEX newsdesk_terms_prefix ON newsdesk_terms (term text_pattern_ops);

-- A common word's list remembers the corpus size it was made at: it is made again once the
-- corpus has grown or shrunk by a twentieth, instead of after every large write.
ALTER TABLE newsdesk_common_lists ADD COLUMN made_at bigint NOT NULL DEFAULT 0;
