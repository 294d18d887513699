package io.skein.demo;

import java.time.LocalDate;
import java.util.List;

import io.skein.ingest.RecordInput.Address;

/**
 * One real person as the truth knows them, before any source system mangles them: the clean values
 * every one of their records is derived from.
 *
 * @param mobile ten digits, no prefix; shared by everyone in a household of more than one
 * @param previousHome where they lived before, or {@code null}; older records may still carry it
 */
record Person(String id, String firstName, String middleName, String lastName, Gender gender,
		LocalDate dateOfBirth, String email, String mobile, String pan, Address home, Address previousHome,
		Profile profile, List<Holding> holdings) {

	enum Gender {

		MALE, FEMALE

	}

	Person withHoldings(List<Holding> newHoldings) {
		return new Person(this.id, this.firstName, this.middleName, this.lastName, this.gender, this.dateOfBirth,
				this.email, this.mobile, this.pan, this.home, this.previousHome, this.profile, List.copyOf(newHoldings));
	}

	boolean isCustomer() {
		return !this.holdings.isEmpty();
	}

	boolean holds(String productCode) {
		return this.holdings.stream().anyMatch(h -> h.productCode().equals(productCode) && h.closedAt() == null);
	}

	String fullName() {
		return this.middleName == null ? this.firstName + " " + this.lastName
				: this.firstName + " " + this.middleName + " " + this.lastName;
	}

}
