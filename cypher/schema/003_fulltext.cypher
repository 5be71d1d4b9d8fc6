// Full-text search. Neo4j full-text indexes are per label, so claims and evidence have one each;
// the API queries them with db.index.fulltext.queryNodes('claimSearch' | 'evidenceSearch', $q).
// Eventually consistent: a load's commits do not wait for Lucene; the load ends with
// db.index.fulltext.awaitEventuallyConsistentIndexRefresh(), so a finished load is searchable.
CREATE FULLTEXT INDEX claimSearch IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX evidenceSearch IF NOT EXISTS FOR (n:Mention) ON EACH [n.evidence]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX actorSearch IF NOT EXISTS FOR (n:Actor) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
