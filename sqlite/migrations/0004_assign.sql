-- Story assignment by one assigner (see package service): an article is
-- stored unassigned (story_id NULL) and queued in the inbox; the assigner
-- takes the inbox in order, assigns stories and appends its decisions to
-- the ordered change log. SQLite cannot drop NOT NULL in place: articles is
-- copied into a new table.
CREATE TABLE articles_new (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	id           TEXT    NOT NULL UNIQUE,
	key          TEXT    NOT NULL UNIQUE,
	hash         TEXT    NOT NULL,
	url          TEXT    NOT NULL DEFAULT '',
	title        TEXT    NOT NULL DEFAULT '',
	source       TEXT    NOT NULL DEFAULT '',
	published    INTEGER NOT NULL DEFAULT 0,
	text         TEXT    NOT NULL,
	story_id     INTEGER REFERENCES stories(id),
	duplicate_of TEXT    NOT NULL DEFAULT '',
	ingested     INTEGER NOT NULL,
	updated      INTEGER NOT NULL,
	owner        TEXT    NOT NULL DEFAULT ''
);
INSERT INTO articles_new (seq, id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated, owner)
	SELECT seq, id, key, hash, url, title, source, published, text, story_id, duplicate_of, ingested, updated, owner FROM articles;
DROP TABLE articles;
ALTER TABLE articles_new RENAME TO articles;
CREATE INDEX articles_hash ON articles(hash);
CREATE INDEX articles_story ON articles(story_id, seq);
CREATE INDEX articles_story_dup ON articles(story_id, duplicate_of);

CREATE TABLE inbox (
	seq        INTEGER PRIMARY KEY AUTOINCREMENT,
	article_id TEXT    NOT NULL,
	queued     INTEGER NOT NULL
);
CREATE INDEX inbox_article ON inbox(article_id);
CREATE INDEX articles_unassigned ON articles(seq) WHERE story_id IS NULL;

-- kind is insert, update or merge; from_story the story merged (merge
-- only); inbox the entry consumed, unique per kind and merged story.
CREATE TABLE changes (
	seq          INTEGER PRIMARY KEY AUTOINCREMENT,
	kind         TEXT    NOT NULL,
	article_id   TEXT    NOT NULL DEFAULT '',
	story_id     INTEGER NOT NULL,
	from_story   INTEGER NOT NULL DEFAULT 0,
	duplicate_of TEXT    NOT NULL DEFAULT '',
	inbox        INTEGER NOT NULL DEFAULT 0,
	holder       TEXT    NOT NULL DEFAULT '',
	at           INTEGER NOT NULL
);
CREATE UNIQUE INDEX changes_inbox ON changes(inbox, kind, from_story) WHERE inbox > 0;
CREATE INDEX changes_article ON changes(article_id);
