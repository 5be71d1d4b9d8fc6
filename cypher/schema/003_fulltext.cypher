// Full-text search. Neo4j full-text indexes are per label, so claims and evidence have one each;
// the API queries them with db.index.fulltext.queryNodes('claimSearch' | 'evidenceSearch', $q).
CREATE FULLTEXT INDEX claimSearch IF NOT EXISTS FOR (n:Claim) ON EACH [n.text];
CREATE FULLTEXT INDEX evidenceSearch IF NOT EXISTS FOR (n:Mention) ON EACH [n.evidence];
CREATE FULLTEXT INDEX actorSearch IF NOT EXISTS FOR (n:Actor) ON EACH [n.name];
