// Property indexes the API sorts and filters on, and the ones the incremental load looks up.
CREATE INDEX document_published_at IF NOT EXISTS FOR (n:Document) ON (n.publishedAt);
CREATE INDEX document_corpus IF NOT EXISTS FOR (n:Document) ON (n.corpus);
CREATE INDEX document_file IF NOT EXISTS FOR (n:Document) ON (n.file);
CREATE INDEX claim_first_seen IF NOT EXISTS FOR (n:Claim) ON (n.firstSeen);
CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name);
CREATE INDEX source_name IF NOT EXISTS FOR (n:Source) ON (n.name);
CREATE INDEX review_edge IF NOT EXISTS FOR (n:Review) ON (n.edge);
CREATE INDEX etl_run_corpus IF NOT EXISTS FOR (n:EtlRun) ON (n.corpus);

// Edges found by id (an edge id is its mention id: reviews, the evidence view) and by document
// (the incremental load removes what a changed document contributed without walking claims).
CREATE INDEX asserted_id IF NOT EXISTS FOR ()-[r:ASSERTED]-() ON (r.id);
CREATE INDEX denied_id IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.id);
CREATE INDEX asserted_document IF NOT EXISTS FOR ()-[r:ASSERTED]-() ON (r.document);
CREATE INDEX denied_document IF NOT EXISTS FOR ()-[r:DENIED]-() ON (r.document);
CREATE INDEX reported_by_document IF NOT EXISTS FOR ()-[r:REPORTED_BY]-() ON (r.document);
