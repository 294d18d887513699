// The devices and cookies seen on a batch of customers' events, most recently seen first.
UNWIND $ids AS customerId
MATCH (:Customer {id: customerId})<-[s:SEEN_FOR]-(n:Identifier)
WHERE n.type IN ['DEVICE', 'COOKIE']
RETURN customerId, n.value AS id, n.type AS type, s.firstSeen AS firstSeen, s.lastSeen AS lastSeen
ORDER BY customerId, lastSeen DESC, id
