// rekey-reviews: reviews move to the id their edge has from now on (every review of each edge,
// history included). Params: $moves, a list of {from, to}.
UNWIND $moves AS move
MATCH (r:Review {edge: move.from})
SET r.edge = move.to
