package io.skein.household;

import java.util.List;

import io.skein.customer.CustomerView;

/** A household as the API shows it: its members, oldest first, and what they share. */
public record HouseholdView(String id, List<CustomerView> members, List<SharedIdentifier> sharedIdentifiers) {
}
