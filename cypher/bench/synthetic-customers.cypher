// Synthetic active customers syn-$from .. syn-($to - 1) for the segment-scale bench, created with their
// precomputed facts (io.skein.segment.CustomerFacts) and RFM scores straight away: no records, accounts or
// interactions. The spread is arithmetic in n: a half hold SAVINGS (one in four with a CURRENT account
// beside it), a quarter a CREDIT_CARD only, a quarter nothing; the latest activity within the last 400 days.
UNWIND range($from, $to - 1) AS n
WITH n, CASE n % 4 WHEN 0 THEN ['SAVINGS'] WHEN 1 THEN ['CURRENT', 'SAVINGS'] WHEN 2 THEN ['CREDIT_CARD'] ELSE [] END
     AS products
WITH n, products, [i IN range(0, size(products) - 1) | toFloat((n * 7919 + i * 104729) % 400000)] AS balances
CREATE (:Customer {id: 'syn-' + toString(n), status: 'ACTIVE', kind: 'SYNTHETIC', createdAt: $now, updatedAt: $now,
                   factProducts: products, factBalances: balances, factAccounts: size(products),
                   factPortfolio: reduce(t = 0.0, b IN balances | t + b),
                   factLastEventAt: $now - duration({days: (n * 31) % 400, hours: 1}),
                   rfmR: 1 + n % 5, rfmF: 1 + (n / 5) % 5, rfmM: 1 + (n / 25) % 5})
RETURN count(*) AS n
