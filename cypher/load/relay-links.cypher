// Per relay, the summary of whose accounts it passes on, which the graph view reads instead of the
// mentions: a mention's chain is its via list (nearest the outlet first) then its speaker, and each
// party in it relays the next one's account. (:Actor|:Source)-[:RELAY_LINK {mentions, first}]->(told),
// one per party a relay passes on: how many mentions (each once) and their earliest time. Every
// link starts at a relay (a VIA target), so a relay's links are rewritten whole from its VIA mentions.
// $parties: the relay ids (Actor or Source) to refresh, or null for all.
CALL () {
  MATCH (p:Actor)
  WHERE $parties IS NULL OR p.id IN $parties
  RETURN p
  UNION
  MATCH (p:Source)
  WHERE $parties IS NULL OR p.id IN $parties
  RETURN p
}
CALL (p) {
  CALL (p) {
    MATCH (p)-[r:RELAY_LINK]->()
    DELETE r
  }
  MATCH (p)<-[:VIA]-(m:Mention)
  WITH p, m, m.via + [m.actor] AS chain
  UNWIND [i IN range(0, size(chain) - 2) WHERE chain[i] = p.id | chain[i + 1]] AS told
  WITH p, told, count(DISTINCT m) AS mentions, min(m.at) AS first
  CALL (told) {
    OPTIONAL MATCH (a:Actor {id: told})
    OPTIONAL MATCH (s:Source {id: told})
    RETURN coalesce(a, s) AS t
  }
  WITH p, t, mentions, first
  WHERE t IS NOT NULL
  CREATE (p)-[:RELAY_LINK {mentions: mentions, first: first}]->(t)
} IN TRANSACTIONS OF 200 ROWS
