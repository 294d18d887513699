// The current match model, when resolution has run.
MATCH (m:MatchModel {id: 'current'})
RETURN m.json AS json, m.termFrequencies AS termFrequencies, m.trainedAt AS trainedAt, m.records AS records,
       m.defaulted AS defaulted
