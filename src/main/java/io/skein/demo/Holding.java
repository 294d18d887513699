package io.skein.demo;

import java.time.LocalDate;

import io.skein.ingest.RecordInput.Account;

/**
 * An account a person truly holds.
 *
 * @param balance INR; negative for what is owed (loans, cards), {@code null} for insurance policies and the
 *        forex card
 */
record Holding(String accountNumber, String productCode, LocalDate openedAt, LocalDate closedAt, Double balance) {

	static final String CURRENCY = "INR";

	Account toAccount() {
		return new Account(this.accountNumber, this.productCode, this.openedAt.toString(),
				this.closedAt == null ? null : this.closedAt.toString(), this.balance, CURRENCY);
	}

	boolean isOpen() {
		return this.closedAt == null;
	}

	boolean isLoan() {
		return Products.isLoan(this.productCode);
	}

}
