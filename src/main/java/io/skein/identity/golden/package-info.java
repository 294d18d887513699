/**
 * Golden records: survivorship rules ({@code skein.golden.*}) that choose each profile attribute from a
 * customer's source records and say which rule chose it.
 */
package io.skein.identity.golden;
