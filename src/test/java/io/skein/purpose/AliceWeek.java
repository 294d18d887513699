package io.skein.purpose;

import java.util.List;
import java.util.Map;

import static io.skein.purpose.Fixtures.anonymousEvent;
import static io.skein.purpose.Fixtures.event;

/** Alice's records and her week of 2026-11-02, as the demo bank has them (a fixture, not the seed). */
public final class AliceWeek {

	public static final String EMAIL = "alice.fernandes@example.in";

	static final String COOKIE = "ck_a11ce0f3e7d2b9c4";

	private static final String SITE = "https://www.skeinbank.example";

	private AliceWeek() {
	}

	public static List<Map<String, Object>> records() {
		return List.of(Fixtures.customer("core_banking", "CB-ALICE-001", "Alice", EMAIL, "100007919393:SAVINGS:2016-07-01"),
				Fixtures.customer("crm", "CRM-ALICE-7", "Alice", "Alice.Fernandes@example.in "),
				Fixtures.customer("app", "APP-ALICE-1", "Alice", EMAIL));
	}

	public static List<Map<String, Object>> events() {
		return List.of(
				event("ev-16", "Salary_credited", "2026-11-01T04:30:00Z", "sms", EMAIL, "amount", 85000),
				anonymousEvent("ev-17", "Page_viewed", "2026-11-02T14:40:00Z", COOKIE, "Page URL", SITE + "/loans/home-loan",
						"Page category", "Loans"),
				anonymousEvent("ev-18", "Page_viewed", "2026-11-02T14:43:00Z", COOKIE, "Page URL",
						SITE + "/loans/home-loan/public-servants", "Page category", "Loans"),
				anonymousEvent("ev-19", "Page_viewed", "2026-11-02T14:47:00Z", COOKIE, "Page URL",
						SITE + "/loans/home-loan/emi-calculator", "Page category", "Loans"),
				withCookie(event("ev-20", "Login", "2026-11-02T14:52:00Z", "web", EMAIL, "method", "otp")),
				withCookie(event("ev-21", "Page_viewed", "2026-11-02T14:53:00Z", "web", EMAIL, "Page URL",
						SITE + "/loans/home-loan/eligibility", "Page category", "Loans")),
				event("ev-22", "Social_like", "2026-11-03T16:05:00Z", "social", EMAIL, "campaign", "credit-card-promo",
						"Page category", "CreditCard", "network", "instagram"),
				event("ev-23", "Social_share", "2026-11-04T13:30:00Z", "social", EMAIL, "campaign",
						"home-loan-public-servants", "Page category", "Loans", "network", "facebook"),
				event("ev-24", "App_installed", "2026-11-05T15:10:00Z", "app", EMAIL, "platform", "android"),
				event("ev-25", "Bill_paid", "2026-11-07T05:20:00Z", "app", EMAIL, "biller", "electricity", "amount", 2340));
	}

	private static Map<String, Object> withCookie(Map<String, Object> event) {
		event.put("anonymousId", COOKIE);
		return event;
	}

}
