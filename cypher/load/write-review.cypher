// One current review per edge and reviewer: the same decision again changes nothing (same id);
// a different one replaces it under a new id (so apply-reviews applies it) and the one it replaces
// is kept in r.history as "id decision at". Params: $id, $edge, $decision, $actor, $note, $by.
MATCH (m:Mention {id: $edge})
MERGE (r:Review {edge: $edge, by: coalesce($by, '')})
  ON CREATE SET r.id = $id, r.decision = $decision, r.actor = $actor, r.note = $note, r.at = datetime(), r.history = []
WITH m, r, r.decision = $decision AND coalesce(r.actor, '') = coalesce($actor, '') AND coalesce(r.note, '') = coalesce($note, '') AS same
FOREACH (_ IN CASE WHEN same THEN [] ELSE [1] END |
  SET r.history = coalesce(r.history, []) + [r.id + ' ' + r.decision + ' ' + toString(r.at)],
      r.id = $id, r.decision = $decision, r.actor = $actor, r.note = $note, r.at = datetime())
RETURN r {.id, .edge, .decision, .actor, .note, .at, by: CASE r.by WHEN '' THEN null ELSE r.by END} AS review, m.stance AS stance
