// English stemming for search: "weapon" finds "weapons", "denied" finds "denies". An index's
// analyzer cannot change in place, so the indexes of 003 are dropped and made again with the
// english analyzer (Neo4j fills them from the stored nodes); outlets get one too, so that their
// names are searchable like actors'. Re-running is safe: a drop of a missing index does nothing,
// and an index that already exists is kept.
DROP INDEX claimSearch IF EXISTS;
DROP INDEX evidenceSearch IF EXISTS;
DROP INDEX actorSearch IF EXISTS;
CREATE FULLTEXT INDEX claimSearch IF NOT EXISTS FOR (n:Claim) ON EACH [n.text]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX evidenceSearch IF NOT EXISTS FOR (n:Mention) ON EACH [n.evidence]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX actorSearch IF NOT EXISTS FOR (n:Actor) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX sourceSearch IF NOT EXISTS FOR (n:Source) ON EACH [n.name]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'english', `fulltext.eventually_consistent`: true}};
