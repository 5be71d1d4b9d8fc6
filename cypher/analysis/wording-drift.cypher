// Question: How did the wording of one claim change over time and across outlets?
//
// Parameters:
//   $claim  string, required  the claim's id (find it with the `claims` query)
//
// Columns:
//   publishedAt  when the document was published
//   outlet       who published it
//   speaker      who it is attributed to
//   stance       asserted or denied
//   wording      the words that carry the claim in that document
//   firstUse     true when these words appear here for the first time
//   similarity   overlap of its words with the earliest wording's (Jaccard, 0..1): 1 is the same words
//   added        words not in the earliest wording
//   dropped      words of the earliest wording left out
//   document     the document's id; the wording is at [start, end) of its text
//   start        offset of the wording in the document's text (UTF-16 code units)
//   end          end of the wording (exclusive)
//
// Example:
//   :param claim => 'clm-…'
//   npm run cypher -- wording-drift --claim clm-…
//
// Words are compared lower-cased, without punctuation, common function words, or the words that
// attribute the claim (the speaker's names, relays, the outlet, the cue).
MATCH (c:Claim {id: $claim})<-[:OF]-(m:Mention)<-[:HAS_MENTION]-(d:Document)
WHERE coalesce(m.reviewed, '') <> 'rejected'
OPTIONAL MATCH (d)-[:PUBLISHED_BY]->(s:Source)
OPTIONAL MATCH (m)-[:BY]->(speaker)
WITH m, d, s, speaker,
  // Who said it and how ("according to the Wire", "Marrow said") is attribution, not wording: the
  // speaker's names, the relays, the outlet and the cue are left out of the comparison.
  reduce(t = coalesce(m.cue, ''), x IN [speaker.name, s.name] + coalesce(speaker.aliases, []) +
    COLLECT { MATCH (m)-[:VIA]->(r) RETURN r.name } | t + ' ' + coalesce(x, '')) AS attribution
// Lower-case words without punctuation: a crude but predictable tokenizer for comparing wordings.
WITH m, d, s, speaker,
  [text IN [m.evidence, attribution] |
    [w IN split(reduce(t = toLower(text), p IN [',', '.', ';', ':', '!', '?', '"', '“', '”', '‘', '’', '\'', '(', ')', '[', ']', '—', '–', '\n', '\t'] |
      replace(t, p, ' ')), ' ') WHERE w <> '']] AS tokens
WITH m, d, s, speaker,
  [w IN tokens[0] WHERE NOT w IN tokens[1] AND NOT w IN ['a', 'an', 'the', 'of', 'to', 'that', 'this', 'in', 'on', 'at',
    'as', 'by', 'for', 'with', 'and', 'or', 'is', 'was', 'were', 'be', 'been', 'has', 'had', 'have', 'it', 'its', 'he',
    'she', 'they', 'their', 'his', 'her', 'according', 'said', 'says', 'say', 'told', 'reported', 'reports', 'added',
    'noted', 'stated']] AS words
// The first use of each wording: group the mentions by their words, earliest first.
ORDER BY d.publishedAt, d.id, m.start
WITH words, collect({m: m, d: d, outlet: s.name, speaker: speaker.name, words: words}) AS uses
UNWIND range(0, size(uses) - 1) AS k
WITH uses[k] AS u, k = 0 AS firstUse
WITH u {.*, firstUse: firstUse} AS r
ORDER BY r.d.publishedAt, r.d.id, r.m.start
WITH collect(r) AS rows
WITH rows, reduce(acc = [], w IN rows[0].words | CASE WHEN w IN acc THEN acc ELSE acc + w END) AS first
UNWIND rows AS r
WITH r, first, reduce(acc = [], w IN r.words | CASE WHEN w IN acc THEN acc ELSE acc + w END) AS these
WITH r, first, these, size([w IN these WHERE w IN first]) AS shared
RETURN r.d.publishedAt AS publishedAt,
  r.outlet AS outlet,
  r.speaker AS speaker,
  r.m.stance AS stance,
  r.m.evidence AS wording,
  r.firstUse AS firstUse,
  round(toFloat(shared) / CASE WHEN size(first) + size(these) - shared = 0 THEN 1 ELSE size(first) + size(these) - shared END, 2) AS similarity,
  [w IN these WHERE NOT w IN first] AS added,
  [w IN first WHERE NOT w IN these] AS dropped,
  r.d.id AS document,
  r.m.start AS start,
  r.m.end AS end
ORDER BY publishedAt, document, start
