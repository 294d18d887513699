// journeyReport: the instances of journey $journey that entered in [$from, $to) (either bound may be null),
// counted per version and group (holdout or not), with how many converted: a goal event ($events) at or after
// entry and before entry + $windowDays, or an account of a goal product ($products) opened in that window —
// the same test for the control group, which was sent nothing, as for the treated.
MATCH (i:JourneyInstance {journeyKey: $journey})
WHERE ($from IS NULL OR i.enteredAt >= $from) AND ($to IS NULL OR i.enteredAt < $to)
OPTIONAL MATCH (start:Customer {id: i.customerId})
OPTIONAL MATCH (start)-[:MERGED_INTO*1..10]->(s:Customer {status: 'ACTIVE'})
WITH i, coalesce(s, start) AS c, i.enteredAt + duration({days: $windowDays}) AS until
WITH i, c IS NOT NULL AND (
       EXISTS { MATCH (x:Interaction)-[:OF_CUSTOMER]->(c)
                WHERE x.type IN $events AND x.at >= i.enteredAt AND x.at < until }
    OR EXISTS { MATCH (c)<-[:BELONGS_TO]-(:SourceRecord)-[h:HOLDS]->(a:Account)
                WHERE a.productCode IN $products AND coalesce(h.openedAt, a.openedAt) IS NOT NULL
                  AND left(toString(coalesce(h.openedAt, a.openedAt)), 10) >= toString(date(i.enteredAt))
                  AND left(toString(coalesce(h.openedAt, a.openedAt)), 10) < toString(date(until)) }
  ) AS converted
RETURN i.version AS version, coalesce(i.holdout, false) AS holdout, count(*) AS entries,
       sum(CASE WHEN converted THEN 1 ELSE 0 END) AS conversions
ORDER BY version, holdout
