// Whether the graph predates a kind of load-time summary (written since the graph view reads
// them), read before a load writes anything: then that load writes that kind for every claim,
// source or relay once. claims: a claim with mentions but no SPEAKS_ON; sources: a source with
// documents but no document count; relays: a relay (a VIA target) without RELAY_LINK.
RETURN
  EXISTS { MATCH (c:Claim) WHERE NOT EXISTS { (c)<-[:SPEAKS_ON]-() } AND EXISTS { (c)<-[:OF]-() } } AS claims,
  EXISTS { MATCH (s:Source) WHERE s.documents IS NULL AND EXISTS { (s)<-[:PUBLISHED_BY]-() } } AS sources,
  EXISTS {
    MATCH (p) WHERE (p:Actor OR p:Source) AND NOT EXISTS { (p)-[:RELAY_LINK]->() } AND EXISTS { (p)<-[:VIA]-() }
  } AS relays
