-- Stories group articles about one event; summary holds the JSON of a
-- chorus.StorySummary and search the lower-cased title and summary text.
-- Times are Unix nanoseconds (0 for unknown), as in the SQLite store, so that
-- every time round-trips exactly.
CREATE TABLE stories (
	id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	title           text   NOT NULL DEFAULT '',
	created         bigint NOT NULL,
	updated         bigint NOT NULL,
	last            bigint NOT NULL,
	merged_into     bigint REFERENCES stories(id),
	version         bigint NOT NULL DEFAULT 1,
	summary_version bigint NOT NULL DEFAULT 0,
	summary         text,
	search          text   NOT NULL DEFAULT ''
);
CREATE INDEX stories_updated ON stories(updated DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX stories_last ON stories(last) WHERE merged_into IS NULL;
CREATE INDEX stories_merged_into ON stories(merged_into) WHERE merged_into IS NOT NULL;

-- Articles: key is the identity (normalized URL, client id or text hash),
-- hash the SHA-256 of the normalized text; seq orders them by ingestion.
CREATE TABLE articles (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id           text   NOT NULL UNIQUE,
	key          text   NOT NULL UNIQUE,
	hash         text   NOT NULL,
	url          text   NOT NULL DEFAULT '',
	title        text   NOT NULL DEFAULT '',
	source       text   NOT NULL DEFAULT '',
	published    bigint NOT NULL DEFAULT 0,
	text         text   NOT NULL,
	story_id     bigint NOT NULL REFERENCES stories(id),
	duplicate_of text   NOT NULL DEFAULT '',
	ingested     bigint NOT NULL,
	updated      bigint NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_story ON articles(story_id, seq);

-- The durable summary work queue: at most one job per story.
CREATE TABLE jobs (
	story_id   bigint PRIMARY KEY REFERENCES stories(id),
	enqueued   bigint NOT NULL,
	not_before bigint NOT NULL DEFAULT 0,
	attempts   integer NOT NULL DEFAULT 0,
	last_error text   NOT NULL DEFAULT ''
);
CREATE INDEX jobs_due ON jobs(not_before, enqueued);

CREATE TABLE feeds (
	id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	url           text    NOT NULL UNIQUE,
	title         text    NOT NULL DEFAULT '',
	etag          text    NOT NULL DEFAULT '',
	last_modified text    NOT NULL DEFAULT '',
	last_polled   bigint  NOT NULL DEFAULT 0,
	next_poll     bigint  NOT NULL DEFAULT 0,
	failures      integer NOT NULL DEFAULT 0,
	last_error    text    NOT NULL DEFAULT '',
	created       bigint  NOT NULL
);
