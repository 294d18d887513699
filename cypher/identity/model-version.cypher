// When the current match model was trained (no row: resolution never ran). Read before every use of the
// cached model; the model itself (identity/load-model, with its term frequencies) only when this changed.
MATCH (m:MatchModel {id: 'current'})
RETURN m.trainedAt AS trainedAt
