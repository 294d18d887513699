// The one current match model, replaced by every resolution.
MERGE (m:MatchModel {id: 'current'})
SET m.json = $json, m.termFrequencies = $termFrequencies, m.trainedAt = $trainedAt, m.records = $records,
    m.defaulted = $defaulted
RETURN m.id AS id
