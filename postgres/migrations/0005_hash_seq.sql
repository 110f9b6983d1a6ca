-- Ingest looks an article up by its text hash, the earliest first (WHERE
-- hash = $1 ORDER BY seq LIMIT 1, a prepared statement). With an index on
-- hash alone, the generic plan PostgreSQL caches for it, planned on the
-- statistics of a small table, could walk the primary key in seq order and
-- filter by hash: a scan of every stored article for each new one (issue
-- 12: 3-7 ms per ingest at 700 articles, up to 1 ms of server time per
-- article over a 5,624-article run, in some connections and not others).
-- On (hash, seq) the index answers the query in order, whatever the plan.
CREATE INDEX articles_hash_seq ON articles(hash, seq);
DROP INDEX articles_hash;
