-- newswire warehouse, first schema.
-- Natural keys everywhere so every load is an idempotent upsert. Every row
-- produced by a run records that run, its data interval and the extractor
-- version.

CREATE TABLE stories (
    story_id          text PRIMARY KEY,          -- stable: hash of canonical URL (or source + guid)
    canonical_url     text,
    guid              text,
    source            text NOT NULL,             -- the source that delivered the current version
    headline          text NOT NULL,
    byline            text,
    dateline          text,                      -- place of filing, e.g. 'BUELLTON, Calif.'
    body              text NOT NULL,             -- paragraphs joined by '\n', dateline and contributor line removed
    contributors_line text,
    contributors      text[] NOT NULL DEFAULT '{}',
    language          text,
    published_at      timestamptz,
    updated_at        timestamptz,
    version_time      timestamptz NOT NULL,      -- orders versions: the newest is current
    content_hash      text NOT NULL,
    version_count     integer NOT NULL DEFAULT 1,
    first_loaded_at   timestamptz NOT NULL DEFAULT now(),
    loaded_at         timestamptz NOT NULL DEFAULT now(),
    run_id            text NOT NULL,
    interval_start    timestamptz,
    interval_end      timestamptz,
    extractor_version text NOT NULL
);
CREATE INDEX stories_published_idx ON stories (published_at);

-- Every version of a story ever loaded (a re-published story is a new
-- version of the same story, never a second story). A version is identified
-- by its time: the same version reached through two sources (sitemap page and
-- API item) is one version, whatever small differences their markup leaves.
CREATE TABLE story_versions (
    story_id       text NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    version_time   timestamptz NOT NULL,
    content_hash   text NOT NULL,
    headline       text NOT NULL,
    body           text NOT NULL,
    source         text NOT NULL,
    raw_key        text,                         -- payload in the raw zone
    fetched_url    text,
    run_id         text NOT NULL,
    interval_start timestamptz,
    interval_end   timestamptz,
    loaded_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (story_id, version_time)
);

CREATE TABLE entities (
    entity_id      bigserial PRIMARY KEY,
    canonical_name text NOT NULL,
    label          text NOT NULL,                -- PERSON, ORG, GPE, LOC, NORP, EVENT, ...
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (canonical_name, label)
);

-- Surface forms seen for an entity ('Kirby' → John Kirby), used to link a
-- story that names only 'Kirby' to the entity other stories named in full.
CREATE TABLE entity_aliases (
    alias     text NOT NULL,
    label     text NOT NULL,
    entity_id bigint NOT NULL REFERENCES entities (entity_id) ON DELETE CASCADE,
    PRIMARY KEY (alias, label, entity_id)
);

CREATE TABLE mentions (
    story_id          text NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    start_char        integer NOT NULL,
    end_char          integer NOT NULL,
    text              text NOT NULL,
    label             text NOT NULL,
    entity_id         bigint NOT NULL REFERENCES entities (entity_id),
    run_id            text NOT NULL,
    interval_start    timestamptz,
    interval_end      timestamptz,
    extractor_version text NOT NULL,
    PRIMARY KEY (story_id, start_char, end_char, label)
);
CREATE INDEX mentions_entity_idx ON mentions (entity_id);

CREATE TABLE quotes (
    story_id          text NOT NULL REFERENCES stories (story_id) ON DELETE CASCADE,
    start_char        integer NOT NULL,          -- offsets into stories.body
    end_char          integer NOT NULL,
    quote             text NOT NULL,
    speaker           text,                      -- resolved reference (canonical name) or NULL
    speaker_text      text,                      -- how the sentence names the source
    speaker_entity_id bigint REFERENCES entities (entity_id),
    verb              text,
    kind              text NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'floating')),
    run_id            text NOT NULL,
    interval_start    timestamptz,
    interval_end      timestamptz,
    extractor_version text NOT NULL,
    PRIMARY KEY (story_id, start_char, end_char)
);
CREATE INDEX quotes_speaker_idx ON quotes (speaker_entity_id);

-- Anything that could not be processed, with its reason: a row to query,
-- not a log line to grep. One row per (stage, source, item, reason).
CREATE TABLE quarantine (
    quarantine_id  bigserial PRIMARY KEY,
    stage          text NOT NULL,                -- discover | fetch | clean | extract | load | event
    source         text NOT NULL,
    item_ref       text NOT NULL,                -- URL, guid or message id
    reason         text NOT NULL,
    raw_key        text,
    run_id         text NOT NULL,
    interval_start timestamptz,
    interval_end   timestamptz,
    first_seen_at  timestamptz NOT NULL DEFAULT now(),
    last_seen_at   timestamptz NOT NULL DEFAULT now(),
    times_seen     integer NOT NULL DEFAULT 1,
    UNIQUE (stage, source, item_ref, reason)
);

-- What each stage did for each batch of each run (monitoring, per-source health).
CREATE TABLE stage_stats (
    run_id         text NOT NULL,
    stage          text NOT NULL,
    batch_id       text NOT NULL,
    source         text NOT NULL,
    interval_start timestamptz,
    interval_end   timestamptz,
    items_in       integer NOT NULL,
    items_out      integer NOT NULL,
    quarantined    integer NOT NULL,
    seconds        double precision NOT NULL,
    finished_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (run_id, stage, batch_id)
);

-- Analysts' questions.
CREATE VIEW story_people AS
SELECT DISTINCT m.story_id, e.entity_id, e.canonical_name AS person
FROM mentions m JOIN entities e USING (entity_id)
WHERE e.label = 'PERSON';

CREATE VIEW quotes_by_person AS
SELECT e.entity_id, e.canonical_name AS speaker, e.label, q.quote, q.verb, q.kind,
       s.story_id, s.headline, s.published_at, s.canonical_url
FROM quotes q
JOIN entities e ON e.entity_id = q.speaker_entity_id
JOIN stories s ON s.story_id = q.story_id;

CREATE VIEW most_quoted_this_week AS
SELECT speaker, label, count(*) AS quotes, count(DISTINCT story_id) AS stories
FROM quotes_by_person
WHERE published_at >= now() - interval '7 days'
GROUP BY speaker, label
ORDER BY quotes DESC, speaker;

CREATE VIEW stories_by_organization AS
SELECT DISTINCT e.canonical_name AS organization, s.story_id, s.headline, s.published_at, s.canonical_url
FROM mentions m
JOIN entities e ON e.entity_id = m.entity_id AND e.label = 'ORG'
JOIN stories s ON s.story_id = m.story_id;
