package io.skein.customer;

/** An account a customer holds, as asserted by {@code assertedBy}, the most recent record that holds it. */
public record AccountView(String accountNumber, ProductView product, String openedAt, String closedAt, Double balance,
		String currency, SourceRecordView assertedBy) {

	/** A product of the bank's catalogue. */
	public record ProductView(String code, String name, String category) {
	}

}
