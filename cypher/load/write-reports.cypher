UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
MATCH (s:Source {id: row.source})
CREATE (c)-[r:REPORTED_BY]->(s)
SET r = row.props, r.at = datetime(row.at)
