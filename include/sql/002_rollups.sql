-- Daily aggregates that the UI and analysts read, refreshed after every load
-- by the asset-scheduled DAG newswire_rollups (newswire.warehouse.rollups).
-- Materialized so reads are cheap; each has a unique index so a refresh can
-- run CONCURRENTLY, leaving the old rows readable meanwhile.

-- A story's day: the UTC day of its publication (its version time if the
-- source gave no publication time).
CREATE VIEW story_days AS
SELECT story_id, (coalesce(published_at, version_time) AT TIME ZONE 'UTC')::date AS day
FROM stories;

-- Per day: stories, quotes (attributed or not), distinct speakers, entity
-- mentions, distinct entities and distinct people.
CREATE MATERIALIZED VIEW daily_counts AS
WITH per_story AS (
    SELECT day, count(*) AS stories FROM story_days GROUP BY day
), per_quote AS (
    SELECT d.day, count(*) AS quotes, count(DISTINCT q.speaker_entity_id) AS speakers
    FROM quotes q JOIN story_days d USING (story_id)
    GROUP BY d.day
), per_mention AS (
    SELECT d.day, count(*) AS mentions, count(DISTINCT m.entity_id) AS entities,
           count(DISTINCT m.entity_id) FILTER (WHERE e.label = 'PERSON') AS people
    FROM mentions m JOIN story_days d USING (story_id) JOIN entities e USING (entity_id)
    GROUP BY d.day
)
SELECT s.day, s.stories,
       coalesce(q.quotes, 0) AS quotes, coalesce(q.speakers, 0) AS speakers,
       coalesce(m.mentions, 0) AS mentions, coalesce(m.entities, 0) AS entities, coalesce(m.people, 0) AS people
FROM per_story s
LEFT JOIN per_quote q USING (day)
LEFT JOIN per_mention m USING (day);
CREATE UNIQUE INDEX daily_counts_day_idx ON daily_counts (day);

-- Quotes per speaker per day (quotes whose speaker resolved to an entity).
CREATE MATERIALIZED VIEW daily_speaker_quotes AS
SELECT d.day, e.entity_id, e.canonical_name AS speaker, e.label,
       count(*) AS quotes, count(DISTINCT q.story_id) AS stories
FROM quotes q
JOIN story_days d USING (story_id)
JOIN entities e ON e.entity_id = q.speaker_entity_id
GROUP BY d.day, e.entity_id, e.canonical_name, e.label;
CREATE UNIQUE INDEX daily_speaker_quotes_key ON daily_speaker_quotes (day, entity_id);
CREATE INDEX daily_speaker_quotes_speaker_idx ON daily_speaker_quotes (speaker, day);
