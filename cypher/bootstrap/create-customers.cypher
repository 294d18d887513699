// Bootstrap load (empty store): creates the customers stitching made in memory, each with the change feed's
// CREATED event, as identity/attach-records does for a customer created record by record.
UNWIND $rows AS row
CREATE (c:Customer)
SET c = row.props
CREATE (:ChangeEvent:PendingChange {id: randomUUID(), customerId: c.id, seq: 1, type: 'CREATED',
                                    at: datetime.transaction(), kind: c.kind})
