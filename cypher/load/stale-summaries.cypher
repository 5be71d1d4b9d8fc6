// Whether the graph predates a kind of load-time summary (written since the graph view reads
// them), read before a load writes anything: then that load writes that kind for every claim,
// source or relay once. A graph has none of a kind then, while it has what that kind summarises
// (a summary half written is a run that did not complete: the load then refreshes everything).
// claims: mentions but no SPEAKS_ON; sources: published documents but no PUBLICATIONS; relays: VIA
// links but no RELAY_LINK. Each stops at the first match: no scan of the graph.
RETURN
  EXISTS { ()-[:OF]->() } AND NOT EXISTS { ()-[:SPEAKS_ON]->() } AS claims,
  EXISTS { ()-[:PUBLISHED_BY]->() } AND NOT EXISTS { ()-[:PUBLICATIONS]->() } AS sources,
  EXISTS { ()-[:VIA]->() } AND NOT EXISTS { ()-[:RELAY_LINK]->() } AS relays
