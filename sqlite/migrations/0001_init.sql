-- Stories group articles about one event; summary holds the JSON of a
-- chorus.StorySummary and search the lower-cased title and summary text.
CREATE TABLE stories (
	id              INTEGER PRIMARY KEY AUTOINCREMENT,
	title           TEXT    NOT NULL DEFAULT '',
	created         INTEGER NOT NULL,
	updated         INTEGER NOT NULL,
	last            INTEGER NOT NULL,
	merged_into     INTEGER REFERENCES stories(id),
	version         INTEGER NOT NULL DEFAULT 1,
	summary_version INTEGER NOT NULL DEFAULT 0,
	summary         TEXT,
	search          TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX stories_updated ON stories(updated DESC, id DESC) WHERE merged_into IS NULL;
CREATE INDEX stories_last ON stories(last) WHERE merged_into IS NULL;

-- Articles: key is the identity (normalized URL, client id or text hash),
-- hash the SHA-256 of the normalized text. Times are Unix nanoseconds, 0 for
-- unknown.
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	id           TEXT    NOT NULL UNIQUE,
	key          TEXT    NOT NULL UNIQUE,
	hash         TEXT    NOT NULL,
	url          TEXT    NOT NULL DEFAULT '',
	title        TEXT    NOT NULL DEFAULT '',
	source       TEXT    NOT NULL DEFAULT '',
	published    INTEGER NOT NULL DEFAULT 0,
	text         TEXT    NOT NULL,
	story_id     INTEGER NOT NULL REFERENCES stories(id),
	duplicate_of TEXT    NOT NULL DEFAULT '',
	ingested     INTEGER NOT NULL,
	updated      INTEGER NOT NULL
);
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_story ON articles(story_id, seq);

-- The durable summary work queue: at most one job per story.
CREATE TABLE jobs (
	story_id   INTEGER PRIMARY KEY REFERENCES stories(id),
	enqueued   INTEGER NOT NULL,
	not_before INTEGER NOT NULL DEFAULT 0,
	attempts   INTEGER NOT NULL DEFAULT 0,
	last_error TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX jobs_due ON jobs(not_before, enqueued);

CREATE TABLE feeds (
	id            INTEGER PRIMARY KEY AUTOINCREMENT,
	url           TEXT    NOT NULL UNIQUE,
	title         TEXT    NOT NULL DEFAULT '',
	etag          TEXT    NOT NULL DEFAULT '',
	last_modified TEXT    NOT NULL DEFAULT '',
	last_polled   INTEGER NOT NULL DEFAULT 0,
	next_poll     INTEGER NOT NULL DEFAULT 0,
	failures      INTEGER NOT NULL DEFAULT 0,
	last_error    TEXT    NOT NULL DEFAULT '',
	created       INTEGER NOT NULL
);
