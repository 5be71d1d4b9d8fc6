// One Mention per row, linked to its document, claim and speaker, and its first-class edge
// (Actor)-[:ASSERTED|DENIED]->(Claim) carrying the same evidence. Properties are written as
// literals, not from a map: the planner then streams the rows instead of materialising them.
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MATCH (c:Claim {id: row.claim})
MATCH (a:Actor {id: row.actor})
WITH d, c, a, row, datetime(row.at) AS at
CREATE (d)-[:HAS_MENTION]->(m:Mention {id: row.id, document: row.document, start: row.start, end: row.end,
         evidence: row.evidence, confidence: row.confidence, via: row.via, cue: row.cue, rule: row.rule,
         extractorVersion: row.extractorVersion, at: at, stance: row.stance, actor: row.actor, claim: row.claim}),
       (m)-[:OF]->(c),
       (m)-[:BY]->(a)
FOREACH (_ IN CASE row.stance WHEN 'asserted' THEN [1] ELSE [] END |
  CREATE (a)-[:ASSERTED {id: row.id, document: row.document, start: row.start, end: row.end,
           evidence: row.evidence, confidence: row.confidence, via: row.via, cue: row.cue,
           extractorVersion: row.extractorVersion, at: at}]->(c))
FOREACH (_ IN CASE row.stance WHEN 'denied' THEN [1] ELSE [] END |
  CREATE (a)-[:DENIED {id: row.id, document: row.document, start: row.start, end: row.end,
           evidence: row.evidence, confidence: row.confidence, via: row.via, cue: row.cue,
           extractorVersion: row.extractorVersion, at: at}]->(c))
