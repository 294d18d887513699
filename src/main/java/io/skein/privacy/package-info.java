/**
 * Data-subject rights: {@code eraseCustomer} removes a person's personal data and leaves a PII-free
 * {@code (:Erasure)} plus salted hashes of their identifiers ({@code (:ErasedIdentifier)}), which an
 * {@link io.skein.ingest.IngestGuard} uses to refuse later records and events carrying them;
 * {@code exportCustomerData} returns everything held on a customer for an access request.
 */
package io.skein.privacy;
