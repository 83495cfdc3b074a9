-- Monitoring: what the Newswire pages in the Airflow UI read (newswire.ui.queries).
-- Views over stage_stats and story_versions, plus the indexes their queries use.

-- Per-source history and the quarantine browser read newest first.
CREATE INDEX IF NOT EXISTS stage_stats_source_idx ON stage_stats (source, interval_end);
CREATE INDEX IF NOT EXISTS quarantine_last_seen_idx ON quarantine (last_seen_at DESC, quarantine_id DESC);
-- Publication-to-warehouse latency is computed per run and source (newswire.ui.queries).
CREATE INDEX IF NOT EXISTS story_versions_run_idx ON story_versions (run_id, source);
-- Latest quotes and "quotes of one speaker" order by the story's publication time.
CREATE INDEX IF NOT EXISTS stories_published_desc_idx ON stories (published_at DESC, story_id);

-- One row per (run, source): what each stage did with that source's items.
--  discovered   items the listing named for the interval (after rejecting duplicates etc.)
--  listing_failed  the source's listing itself could not be read (discover records
--                  that as 0 in, 0 out, 1 quarantined; rejected items are in - out)
--  fetch_errors items whose page could not be fetched (HTTP error after retries, too big, ...)
--  quarantined  every item set aside by any stage in this run for this source
--  complete     the listing was read and every discovered item reached a fetch
--               batch that was loaded: the run finished for this source
CREATE OR REPLACE VIEW source_runs AS
WITH per_stage AS (
    SELECT run_id, source, stage,
           min(interval_start) AS interval_start, max(interval_end) AS interval_end,
           max(finished_at) AS finished_at, count(*) AS batches,
           sum(items_in) AS items_in, sum(items_out) AS items_out, sum(quarantined) AS quarantined
    FROM stage_stats
    GROUP BY run_id, source, stage
), runs AS (
    SELECT run_id, source,
           min(interval_start) AS interval_start, max(interval_end) AS interval_end,
           max(finished_at) AS finished_at,
           coalesce(sum(items_out) FILTER (WHERE stage = 'discover'), 0) AS discovered,
           coalesce(bool_or(quarantined > items_in - items_out) FILTER (WHERE stage = 'discover'), false) AS listing_failed,
           coalesce(sum(items_in) FILTER (WHERE stage = 'fetch'), 0) AS fetch_in,
           coalesce(sum(items_out) FILTER (WHERE stage = 'fetch'), 0) AS fetched,
           coalesce(sum(quarantined) FILTER (WHERE stage = 'fetch'), 0) AS fetch_errors,
           coalesce(sum(batches) FILTER (WHERE stage = 'fetch'), 0) AS fetch_batches,
           coalesce(sum(items_out) FILTER (WHERE stage = 'clean'), 0) AS cleaned,
           coalesce(sum(items_out) FILTER (WHERE stage = 'load'), 0) AS loaded,
           coalesce(sum(batches) FILTER (WHERE stage = 'load'), 0) AS load_batches,
           coalesce(sum(quarantined), 0) AS quarantined
    FROM per_stage
    GROUP BY run_id, source
)
SELECT r.run_id, r.source, r.interval_start, r.interval_end, r.finished_at,
       r.discovered::bigint, r.listing_failed, r.fetched::bigint, r.fetch_errors::bigint,
       r.cleaned::bigint, r.loaded::bigint, r.quarantined::bigint,
       (NOT r.listing_failed AND r.fetch_in = r.discovered AND r.load_batches = r.fetch_batches) AS complete
FROM runs r;
