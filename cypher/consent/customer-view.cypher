// Part of the customer view: the customer's current consents, by channel and purpose. Consents set on
// customers since merged into this one count too: per channel and purpose the latest statement wins (at the
// same instant WITHDRAWN).
CALL (c) {
  MATCH (c)<-[:MERGED_INTO*0..]-(:Customer)-[:HAS_CONSENT]->(k:Consent)
  WITH k ORDER BY k.channel, k.purpose, k.at DESC, CASE k.state WHEN 'WITHDRAWN' THEN 0 ELSE 1 END
  WITH k.channel AS channel, k.purpose AS purpose, head(collect(k)) AS k
  RETURN collect({channel: channel, purpose: purpose, state: k.state, source: k.source, at: k.at,
                  proof: k.proof}) AS consents
}
