/**
 * Identity: who a record or event belongs to. Owns identifier normalisation (email, phone, national id,
 * account number, device, cookie), deterministic stitching of source records into customers, the guards
 * that keep over-shared or blocklisted values from stitching, and merges (the older customer keeps its
 * id; an absorbed id keeps resolving to the survivor). Concurrent writers, in one instance or several on one
 * database, are kept apart by write locks in the store ({@link io.skein.identity.WriteLocks}), never by an
 * in-process lock.
 */
package io.skein.identity;
