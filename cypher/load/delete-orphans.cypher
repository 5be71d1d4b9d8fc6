// Nodes left with no evidence after documents changed or went away. Run as one auto-commit
// query; CALL … IN TRANSACTIONS keeps each transaction small however many there are.
CALL () {
  MATCH (n:Claim) WHERE NOT (n)<-[:OF]-(:Mention) RETURN n
  UNION
  MATCH (n:Actor) WHERE NOT (n)<-[:BY|VIA|CITES]-() AND NOT (n)-[:ASSERTED|DENIED]->() RETURN n
  UNION
  MATCH (n:Source) WHERE NOT (n)<-[:PUBLISHED_BY|CITES|VIA]-() RETURN n
}
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 5000 ROWS
