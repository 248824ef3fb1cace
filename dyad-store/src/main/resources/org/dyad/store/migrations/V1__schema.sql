-- Dyad store, schema version 1. Documented in the README ("The store").
-- Row ids come from sequences; an article keeps its id when it is replaced.
CREATE SEQUENCE article_ids START 1;
CREATE SEQUENCE event_ids START 1;
CREATE SEQUENCE cluster_ids START 1;

-- One row per article. identity is 'url:' + its URL, else 'text:' + the SHA-256 of its
-- normalised text: the same article ingested twice is stored once.
CREATE TABLE articles (
  id BIGINT PRIMARY KEY,
  identity VARCHAR NOT NULL UNIQUE,
  content_hash VARCHAR NOT NULL,
  input_id VARCHAR NOT NULL,
  title VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  published DATE,
  url VARCHAR,
  source VARCHAR,
  -- who published it: source, else the URL's host; counts NumSources
  publisher VARCHAR,
  input_file VARCHAR,
  sentence_count INTEGER NOT NULL,
  parsed_count INTEGER NOT NULL,
  event_count INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE sentences (
  article_id BIGINT NOT NULL,
  idx INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  parsed BOOLEAN NOT NULL
);

-- Every actor code seen, with a readable name (the first one seen).
CREATE TABLE actors (
  code VARCHAR PRIMARY KEY,
  country VARCHAR NOT NULL,
  sectors VARCHAR NOT NULL,
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL
);

-- Where an actor is named: the mentions the coder used.
CREATE TABLE mentions (
  article_id BIGINT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  begin_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  text VARCHAR NOT NULL,
  actor_code VARCHAR NOT NULL,
  entries VARCHAR NOT NULL
);

-- A happening reported by one or more event mentions (GDELT's "event"); see Clusters.
CREATE TABLE event_clusters (
  id BIGINT PRIMARY KEY,
  root VARCHAR NOT NULL,
  source_country VARCHAR NOT NULL,
  target_country VARCHAR NOT NULL,
  event_date DATE,
  place VARCHAR
);
CREATE INDEX event_clusters_key ON event_clusters (root, source_country, target_country);

-- One row per coded event in an article (GDELT's "mention"), with its evidence. json holds the
-- whole event as `dyad code` prints it.
CREATE TABLE events (
  id BIGINT NOT NULL,
  article_id BIGINT NOT NULL,
  cluster_id BIGINT NOT NULL,
  sentence_idx INTEGER NOT NULL,
  source_code VARCHAR NOT NULL,
  source_country VARCHAR NOT NULL,
  source_name VARCHAR NOT NULL,
  source_kind VARCHAR NOT NULL,
  target_code VARCHAR NOT NULL,
  target_country VARCHAR NOT NULL,
  target_name VARCHAR NOT NULL,
  target_kind VARCHAR NOT NULL,
  cameo_code VARCHAR NOT NULL,
  root VARCHAR NOT NULL,
  plover_category VARCHAR,
  plover_mode VARCHAR,
  goldstein DOUBLE NOT NULL,
  quad_class INTEGER NOT NULL,
  event_date DATE,
  date_precision VARCHAR,
  date_basis VARCHAR,
  historical BOOLEAN NOT NULL,
  place_name VARCHAR,
  latitude DOUBLE,
  longitude DOUBLE,
  place_country VARCHAR,
  place_admin1 VARCHAR,
  place_precision VARCHAR,
  trigger_text VARCHAR NOT NULL,
  source_text VARCHAR NOT NULL,
  target_text VARCHAR NOT NULL,
  rule_id VARCHAR NOT NULL,
  confidence DOUBLE NOT NULL,
  -- the largest number that measures it (the dead, the crowd) and what it counts
  quantity BIGINT,
  quantity_unit VARCHAR,
  sentence_text VARCHAR NOT NULL,
  json VARCHAR NOT NULL
);

-- The canonical event of each cluster (its first mention) with GDELT-style counts.
CREATE VIEW canonical_events AS
SELECT e.*,
       c.num_mentions,
       c.num_articles,
       c.num_sources
FROM (
  SELECT cluster_id,
         min(e.id) AS first_id,
         count(*) AS num_mentions,
         count(DISTINCT e.article_id) AS num_articles,
         count(DISTINCT coalesce(a.publisher, a.input_file, a.identity)) AS num_sources
  FROM events e JOIN articles a ON a.id = e.article_id
  GROUP BY cluster_id
) c JOIN events e ON e.id = c.first_id;
