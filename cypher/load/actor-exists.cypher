// actor-exists: the actor a re-attribution names, if there is one. Params: $id.
MATCH (a:Actor {id: $id})
RETURN a.id AS id
