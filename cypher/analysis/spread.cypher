// Question: In what order did outlets report a claim, how long after it first appeared, and is
// each outlet usually first with a story or a copier?
//
// Parameters:
//   $claim  string, required  the claim's id (find it with the `claims` query)
//
// Columns:
//   rank          1 for the first outlet to report the claim, then in order of first report
//   outlet        the outlet (a Source)
//   kind          its kind (government, news agency, newspaper, …)
//   firstReport   when it first reported the claim
//   delayHours    hours after the claim first appeared anywhere
//   documents     how many of its documents mention the claim
//   stances       how it reported it: asserted, denied or both
//   carriedFirst  reach, over the whole graph: claims this outlet reported first (ties count for each)
//   copied        claims it reported after another outlet had
//   firstShare    carriedFirst / (carriedFirst + copied)
//
// Example:
//   :param claim => 'clm-…'
//   npm run cypher -- spread --claim clm-…
MATCH (c:Claim {id: $claim})-[r:REPORTED_BY]->(s:Source)
WITH c, s, min(r.at) AS firstReport, count(r) AS documents
ORDER BY firstReport, s.name
WITH c, collect({s: s, firstReport: firstReport, documents: documents}) AS outlets
UNWIND range(0, size(outlets) - 1) AS i
WITH c, i + 1 AS rank, outlets[i] AS o, outlets[0].firstReport AS origin
WITH c, rank, o, origin, o.s AS s
CALL (s) {
  MATCH (s)<-[r:REPORTED_BY]-(other:Claim)
  WITH other, min(r.at) AS at
  RETURN count(CASE WHEN at <= other.firstSeen THEN 1 END) AS carriedFirst,
    count(CASE WHEN at > other.firstSeen THEN 1 END) AS copied
}
RETURN rank,
  s.name AS outlet,
  s.kind AS kind,
  o.firstReport AS firstReport,
  round(duration.inSeconds(origin, o.firstReport).seconds / 3600.0, 1) AS delayHours,
  o.documents AS documents,
  COLLECT { MATCH (c)<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(:Document)-[:PUBLISHED_BY]->(s)
            WHERE coalesce(m.reviewed, '') <> 'rejected' RETURN DISTINCT m.stance ORDER BY m.stance } AS stances,
  carriedFirst,
  copied,
  round(toFloat(carriedFirst) / CASE WHEN carriedFirst + copied = 0 THEN 1 ELSE carriedFirst + copied END, 2) AS firstShare
ORDER BY rank
