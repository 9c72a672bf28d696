-- Up Migration
-- Names for autocomplete (`Newsdesk.knownNames`) over every report in the database: how often each
-- person or organisation is named and each speaker quoted, as NameCounts counts them in memory. A
-- trigger keeps the counts in step with every write of a report or of its annotations, whichever
-- process makes it.
CREATE TABLE newsdesk_names (
  kind text NOT NULL,
  name text NOT NULL,
  mentions bigint NOT NULL,
  PRIMARY KEY (kind, name)
);

-- Adds (sign 1) or takes away (sign -1) the names of one report's annotations. The rows are
-- touched in one order, so that two writers never wait on each other in a circle. A name counted
-- down to 0 keeps its row (suggestions skip it): deleting would mean a scan on every write.
CREATE FUNCTION newsdesk_count_names(annotations jsonb, sign integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF annotations IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO newsdesk_names (kind, name, mentions)
  SELECT kind, name, sign * count(*) FROM (
    SELECT 'entity' AS kind, e->>'text' AS name
      FROM jsonb_array_elements(coalesce(annotations->'entities', '[]'::jsonb)) AS e
      WHERE e->>'type' IS DISTINCT FROM 'place' AND e->>'text' IS NOT NULL
    UNION ALL
    SELECT 'speaker', q->>'speaker'
      FROM jsonb_array_elements(coalesce(annotations->'quotes', '[]'::jsonb)) AS q
      WHERE q->>'speaker' IS NOT NULL
  ) AS named
  GROUP BY kind, name
  ORDER BY kind, name
  ON CONFLICT (kind, name) DO UPDATE SET mentions = newsdesk_names.mentions + EXCLUDED.mentions;
END
$$;

CREATE FUNCTION newsdesk_names_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM newsdesk_count_names(OLD.annotations, -1);
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    PERFORM newsdesk_count_names(NEW.annotations, 1);
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER newsdesk_names_follow AFTER INSERT OR DELETE OR UPDATE OF annotations ON newsdesk_reports
  FOR EACH ROW EXECUTE FUNCTION newsdesk_names_follow();

SELECT newsdesk_count_names(annotations, 1) FROM newsdesk_reports WHERE annotations IS NOT NULL;

-- Down Migration
DROP TRIGGER newsdesk_names_follow ON newsdesk_reports;
DROP FUNCTION newsdesk_names_follow();
DROP FUNCTION newsdesk_count_names(jsonb, integer);
DROP TABLE newsdesk_names;
