-- Story assignment by one assigner (see package service): an article is
-- stored unassigned (story_id NULL) and queued in the inbox; the assigner
-- takes the inbox in order, assigns stories and appends its decisions to
-- the ordered change log.
ALTER TABLE articles ALTER COLUMN story_id DROP NOT NULL;

CREATE TABLE inbox (
	seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_id text   NOT NULL,
	queued     bigint NOT NULL
);
CREATE INDEX inbox_article ON inbox(article_id);
CREATE INDEX articles_unassigned ON articles(seq) WHERE story_id IS NULL;

-- kind is insert, update or merge; from_story the story merged (merge
-- only); inbox the entry consumed, unique per kind and merged story.
CREATE TABLE changes (
	seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	kind         text   NOT NULL,
	article_id   text   NOT NULL DEFAULT '',
	story_id     bigint NOT NULL,
	from_story   bigint NOT NULL DEFAULT 0,
	duplicate_of text   NOT NULL DEFAULT '',
	inbox        bigint NOT NULL DEFAULT 0,
	holder       text   NOT NULL DEFAULT '',
	at           bigint NOT NULL
);
CREATE UNIQUE INDEX changes_inbox ON changes(inbox, kind, from_story) WHERE inbox > 0;
CREATE INDEX changes_article ON changes(article_id);
