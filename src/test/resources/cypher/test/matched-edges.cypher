MATCH (a:SourceRecord)-[m:MATCHED]->(b:SourceRecord)
RETURN a.id + ' ' + b.id + ' ' + m.band + ' ' + m.rule + ' ' + toString(round(m.total, 3)) AS edge
ORDER BY edge
