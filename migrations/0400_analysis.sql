-- Up Migration

-- Which version of the extractors made a report's annotations (analysisFingerprint in
-- src/core/extract). Annotations of another version are made again in the background after an
-- upgrade; until then they are still used, so answers never go missing meanwhile. Rows annotated
-- before this column existed have none and are made again too.
ALTER TABLE newsdesk_reports ADD COLUMN analysis text;

-- Down Migration
ALTER TABLE newsdesk_reports DROP COLUMN analysis;
