package io.skein.segment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A small generated bank for checking the shipped segments: each customer with a record (accounts opened
 * over three years, some closed, balances across the wealth tiers, attributes) and events (page views by
 * category, transactions) spread over the last 13 months, some with none, some only long ago. Kept as plain Java values so the
 * expected members can be computed without the graph.
 */
final class FixtureBank {

	static final String[] PRODUCTS = { "SAVINGS", "CURRENT", "CREDIT_CARD", "HOME_LOAN", "PERSONAL_LOAN", "TERM_INSURANCE",
			"LIFE_INSURANCE", "HEALTH_INSURANCE", "MUTUAL_FUND", "FIXED_DEPOSIT" };

	static final String[] PAGES = { "Insurance", "CreditCard", "Loans", "Investments" };

	static final String[] TRANSACTIONS = { "EMI_paid", "Salary_credited", "Card_transaction", "Bill_paid", "Fund_transfer" };

	record Account(String number, String product, LocalDate openedAt, LocalDate closedAt, double balance) {
	}

	record Event(String id, String type, Instant at, String pageCategory, Double amount) {
	}

	record Customer(String email, boolean globetrotter, List<Account> accounts, List<Event> events) {
	}

	final List<Customer> customers = new ArrayList<>();

	FixtureBank(int size, long seed, Instant now) {
		Random random = new Random(seed);
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		for (int c = 0; c < size; c++) {
			List<Account> accounts = new ArrayList<>();
			int held = random.nextInt(4);
			for (int a = 0; a < held; a++) {
				LocalDate opened = today.minusDays(1 + random.nextInt(3 * 365));
				LocalDate closed = random.nextInt(6) == 0 ? opened.plusDays(random.nextInt(200)) : null;
				if (closed != null && random.nextBoolean()) {
					closed = today.plusDays(30);
				}
				double[] scale = { 20_000, 90_000, 300_000, 900_000, 2_500_000 };
				double balance = Math.round(random.nextDouble() * scale[random.nextInt(scale.length)] * 100) / 100.0;
				accounts.add(new Account("9" + String.format("%04d%02d", c, a), PRODUCTS[random.nextInt(PRODUCTS.length)],
						opened, closed, balance));
			}
			List<Event> events = new ArrayList<>();
			int count = random.nextInt(4) == 0 ? 0 : random.nextInt(9);
			for (int e = 0; e < count; e++) {
				Instant at = now.minus(random.nextInt(400 * 24 * 60), ChronoUnit.MINUTES).minusSeconds(7);
				String id = "fx-" + c + "-" + e;
				if (random.nextBoolean()) {
					events.add(new Event(id, "Page_viewed", at, PAGES[random.nextInt(PAGES.length)], null));
				}
				else {
					events.add(new Event(id, TRANSACTIONS[random.nextInt(TRANSACTIONS.length)], at, null,
							(double) (100 + random.nextInt(50_000))));
				}
			}
			if (c % 7 == 3) {
				// lapsed regulars: many transactions, all long ago
				for (int e = 0; e < 7; e++) {
					events.add(new Event("fx-" + c + "-old-" + e, TRANSACTIONS[e % 4], now.minus(300 + random.nextInt(60),
							ChronoUnit.DAYS), null, (double) (100 + random.nextInt(50_000))));
				}
			}
			this.customers.add(new Customer("fx" + c + "@example.in", random.nextInt(3) == 0, accounts, events));
		}
	}

	List<Map<String, Object>> records() {
		List<Map<String, Object>> records = new ArrayList<>();
		for (int i = 0; i < this.customers.size(); i++) {
			Customer c = this.customers.get(i);
			Map<String, Object> record = new HashMap<>();
			record.put("source", "core_banking");
			record.put("sourceId", "FX" + i);
			record.put("firstName", "Fixture" + (char) ('a' + i % 26));
			record.put("lastName", "Customer" + i);
			record.put("email", c.email());
			record.put("attributes", Map.of("IsGlobetrotter", c.globetrotter()));
			List<Map<String, Object>> accounts = new ArrayList<>();
			for (Account a : c.accounts()) {
				Map<String, Object> account = new HashMap<>();
				account.put("accountNumber", a.number());
				account.put("productCode", a.product());
				account.put("openedAt", a.openedAt().toString());
				if (a.closedAt() != null) {
					account.put("closedAt", a.closedAt().toString());
				}
				account.put("balance", a.balance());
				accounts.add(account);
			}
			record.put("accounts", accounts);
			records.add(record);
		}
		return records;
	}

	List<Map<String, Object>> events() {
		List<Map<String, Object>> events = new ArrayList<>();
		for (Customer c : this.customers) {
			for (Event e : c.events()) {
				Map<String, Object> event = new HashMap<>();
				event.put("eventId", e.id());
				event.put("type", e.type());
				event.put("at", e.at().toString());
				event.put("channel", "app");
				event.put("identifiers", Map.of("email", c.email()));
				event.put("properties", e.pageCategory() != null ? Map.of("Page category", e.pageCategory())
						: Map.of("amount", e.amount()));
				events.add(event);
			}
		}
		return events;
	}

}
