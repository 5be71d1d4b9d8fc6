// One Mention per row, linked to its document, claim and speaker, and its first-class edge
// (Actor)-[:ASSERTED|DENIED]->(Claim) carrying the same evidence.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (c:Claim {id: row.claim})
MATCH (a:Actor {id: row.actor})
CREATE (m:Mention)
SET m = row.props, m.stance = row.stance, m.actor = row.actor, m.at = datetime(row.at)
CREATE (d)-[:HAS_MENTION]->(m), (m)-[:OF]->(c), (m)-[:BY]->(a)
FOREACH (_ IN CASE row.stance WHEN 'asserted' THEN [1] ELSE [] END |
  CREATE (a)-[r:ASSERTED]->(c) SET r = row.props, r.at = datetime(row.at))
FOREACH (_ IN CASE row.stance WHEN 'denied' THEN [1] ELSE [] END |
  CREATE (a)-[r:DENIED]->(c) SET r = row.props, r.at = datetime(row.at))
