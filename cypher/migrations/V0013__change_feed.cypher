// Customer change feed (io.skein.changefeed): each (:ChangeEvent) is written in the transaction of its change;
// the unpublished ones also carry :PendingChange (found by label), a customer's in seq order, old ones purged by time.
CREATE CONSTRAINT change_event_id IF NOT EXISTS FOR (e:ChangeEvent) REQUIRE e.id IS UNIQUE;
CREATE INDEX change_event_customer IF NOT EXISTS FOR (e:ChangeEvent) ON (e.customerId, e.seq);
CREATE INDEX change_event_at IF NOT EXISTS FOR (e:ChangeEvent) ON (e.at);
CREATE INDEX change_event_pending_customer IF NOT EXISTS FOR (e:PendingChange) ON (e.customerId);
CREATE INDEX change_event_pending_at IF NOT EXISTS FOR (e:PendingChange) ON (e.at);
