// load-state: the corpora whose latest ETL run did not complete (running, failed or interrupted):
// the graph holds part of them (for /health). No params.
OPTIONAL MATCH (r:EtlRun)
WITH r.corpus AS corpus, r ORDER BY r.startedAt DESC
WITH corpus, head(collect(r.status)) AS latest
RETURN [c IN collect(CASE WHEN latest <> 'completed' THEN corpus END) WHERE c IS NOT NULL] AS incomplete
