// Question: Which outlets carry an actor's claims most often, and how often do they relay them
// without naming the actor?
//
// Parameters:
//   $actor  string, required  the actor's id or exact name ("act-…" or "Joe Biden")
//   $limit  integer = 25      at most this many outlets
//
// Columns:
//   outlet        the outlet (a Source)
//   kind          its kind
//   ownChannel    true when the actor itself publishes as this outlet (a press office)
//   claims        how many of the actor's claims it carried
//   reports       how many of its documents carried one of them
//   unnamed       of those reports, how many name someone else or nobody for the claim
//   unnamedShare  unnamed / reports
//   firstReport   its first report of one of the actor's claims
//   lastReport    its last
//
// Example:
//   :param actor => 'Joe Biden'
//   :param limit => 25
//   npm run cypher -- amplifiers --actor "Joe Biden"
//
// "The actor's claims" are the claims it asserted anywhere. A report names the actor when one of its
// mentions of the claim has the actor as speaker or relay.
MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
MATCH (a)-[:ASSERTED]->(c:Claim)
WITH DISTINCT a, c
// The documents that name the actor for this claim, found from the claim's mentions once, so each
// report below is a list lookup.
CALL (a, c) {
  MATCH (c)<-[:OF]-(m:Mention)-[:BY|VIA]->(a)
  WHERE coalesce(m.reviewed, '') <> 'rejected'
  MATCH (d:Document)-[:HAS_MENTION]->(m)
  RETURN collect(DISTINCT d.id) AS namedIn
}
MATCH (c)-[rep:REPORTED_BY]->(s:Source)
WITH a, c, s, rep, rep.document IN namedIn AS named
WITH a, s,
  count(DISTINCT c) AS claims,
  count(rep) AS reports,
  count(CASE WHEN NOT named THEN 1 END) AS unnamed,
  min(rep.at) AS firstReport,
  max(rep.at) AS lastReport
RETURN s.name AS outlet,
  s.kind AS kind,
  EXISTS { (a)-[:PUBLISHES_AS]->(s) } AS ownChannel,
  claims,
  reports,
  unnamed,
  round(toFloat(unnamed) / reports, 2) AS unnamedShare,
  firstReport,
  lastReport
ORDER BY reports DESC, claims DESC, outlet
LIMIT $limit
