-- Write access: API keys, stored as the SHA-256 of their secret, and the
-- writer that created each article ("key:ID", "feed:ID" or '' for the
-- local operator), the only one allowed to replace its text.
CREATE TABLE api_keys (
	id      text   PRIMARY KEY,
	name    text   NOT NULL DEFAULT '',
	hash    text   NOT NULL UNIQUE,
	created bigint NOT NULL,
	revoked bigint NOT NULL DEFAULT 0
);

ALTER TABLE articles ADD COLUMN owner text NOT NULL DEFAULT '';

-- Counting a story's sources (articles that copy none) from the index alone,
-- so a story of 10,000 articles does not read every article row.
CREATE INDEX articles_story_dup ON articles(story_id, duplicate_of);
