// Stores RFM quintile scores (1-5) on customers.
UNWIND $scores AS score
MATCH (c:Customer {id: score.customerId})
SET c.rfmR = score.r, c.rfmF = score.f, c.rfmM = score.m, c.rfmAt = $now
