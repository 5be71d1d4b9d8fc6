MATCH (m:Mention {id: $edge})
CREATE (r:Review {id: $id, edge: $edge, decision: $decision, at: datetime()})
SET r.actor = $actor, r.note = $note, r.by = $by
RETURN r {.*} AS review, m.stance AS stance
