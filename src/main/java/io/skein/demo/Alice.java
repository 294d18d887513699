package io.skein.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.skein.demo.Person.Gender;
import io.skein.ingest.RecordInput;
import io.skein.ingest.RecordInput.Account;
import io.skein.ingest.RecordInput.Address;

import static io.skein.demo.Touchpoints.props;

/**
 * Alice Fernandes, the person the demo is told through: the same records and the same week whatever the
 * seed. In the week starting 13 days before the as-of date she browses home loans (anonymously, then
 * logged in), likes the credit-card promotion, re-shares the home-loan offer for public servants,
 * installs the app and pays her electricity bill in it.
 */
final class Alice {

	static final long PERSON_NUMBER = 1;

	static final String EMAIL = "alice.fernandes@example.in";

	static final String MOBILE = "6360012345";

	static final String COOKIE = "ck_a11ce0f3e7d2b9c4";

	static final String DEVICE = "dev_a11ce5d10421";

	/** The office computer she paid bills from before the week: not the cookie the week starts with. */
	static final String OFFICE_COOKIE = "ck_0ff1ce5a1d3e8b27";

	static final LocalDate BORN = LocalDate.of(1991, 4, 12);

	private static final Address HOME = new Address("Flat 304, Lakeview Residency", "5th Cross, Indiranagar",
			"Bengaluru", "560038", "Karnataka", "India");

	private Alice() {
	}

	static Person person(String savingsAccountNumber) {
		Profile profile = new Profile("public_servant", 85_000, "low", false, true, WealthTier.MASS_AFFLUENT, true,
				true, false, Life.SINGLE);
		Holding savings = new Holding(savingsAccountNumber, Products.SAVINGS, LocalDate.of(2016, 7, 1), null,
				182_000.0);
		return new Person(PeopleFactory.personId(PERSON_NUMBER), "Alice", null, "Fernandes", Gender.FEMALE, BORN,
				EMAIL, MOBILE, "ZAFPF1204K", HOME, null, profile, List.of(savings));
	}

	static List<RecordInput> records(Person alice) {
		Holding savings = alice.holdings().get(0);
		Map<String, Object> coreAttributes = new LinkedHashMap<>();
		coreAttributes.put("income", 85_000);
		coreAttributes.put("riskProfile", "low");
		coreAttributes.put("occupation", "public_servant");
		coreAttributes.put("IsGlobetrotter", false);
		coreAttributes.put("kycVerified", true);
		Map<String, Object> crmAttributes = new LinkedHashMap<>();
		crmAttributes.put("segmentHint", WealthTier.MASS_AFFLUENT.hint);
		crmAttributes.put("IsGlobetrotter", false);
		crmAttributes.put("preferredLanguage", "en");
		crmAttributes.put("occupation", "public_servant");
		return List.of(
				new RecordInput(Source.CORE_BANKING.code, "CB-ALICE-001", "Alice", null, "Fernandes", "Alice Fernandes",
						BORN.toString(), "F", EMAIL, "+91-" + MOBILE, alice.pan(), HOME, coreAttributes,
						List.of(savings.toAccount())),
				new RecordInput(Source.CRM.code, "CRM-ALICE-7", "Alice", null, "Fernandes", "Alice Fernandes",
						BORN.toString(), "Female", "Alice.Fernandes@example.in ", "+91 63600 12345", null,
						new Address(HOME.line1(), HOME.line2(), "Bangalore", HOME.postcode(), HOME.state(), "India"),
						crmAttributes, List.of(new Account(savings.accountNumber(), Products.SAVINGS, null, null, null,
								null))),
				new RecordInput(Source.APP.code, "APP-ALICE-1", "Alice", null, "Fernandes", null, null, "female", EMAIL,
						"63600 12345", null, null, Map.of(), List.of()));
	}

	/** What she is up to, and the week that shows it. */
	static List<PlannedPurpose> purposes(EventWindow window) {
		LocalDate monday = weekStart(window);
		return List.of(new PlannedPurpose(PurposeType.HOME_LOAN, Stage.CONSIDERING, monday, null, null),
				new PlannedPurpose(PurposeType.CREDIT_CARD, Stage.AWARE, monday.plusDays(1), null, null));
	}

	static LocalDate weekStart(EventWindow window) {
		return window.asOf().minusDays(13);
	}

	static void live(Person alice, EventWindow window, Touchpoints touch) {
		String account = alice.holdings().get(0).accountNumber();
		for (YearMonth month = YearMonth.from(window.first()); !month.isAfter(YearMonth.from(window.asOf()));
				month = month.plusMonths(1)) {
			LocalDate payday = month.atDay(1);
			if (!payday.isBefore(window.first()) && !payday.isAfter(window.asOf())) {
				touch.ledger(at(payday, 4, 30), "Salary_credited", account, props("amount", 85_000), null);
			}
			LocalDate newsletter = month.atDay(10);
			if (!newsletter.isBefore(window.first()) && newsletter.isBefore(weekStart(window))) {
				touch.email(at(newsletter, 13, 5), "Email_opened", props("campaign", "newsletter-" + month), null);
			}
			LocalDate billDay = month.atDay(7);
			if (!billDay.isBefore(window.first()) && billDay.isBefore(weekStart(window))) {
				touch.webFrom(OFFICE_COOKIE, at(billDay, 15, 20), "Bill_paid",
						props("biller", "electricity", "amount", 2_100), false, null);
			}
		}
		theWeek(window, touch);
	}

	private static void theWeek(EventWindow window, Touchpoints touch) {
		LocalDate monday = weekStart(window);
		PurposeType homeLoan = PurposeType.HOME_LOAN;
		touch.web(at(monday, 14, 40), "Page_viewed", page("/loans/home-loan", 64, false), true, homeLoan);
		touch.web(at(monday, 14, 43), "Page_viewed", page("/loans/home-loan/public-servants", 118, false), true,
				homeLoan);
		touch.web(at(monday, 14, 47), "Page_viewed", page("/loans/home-loan/emi-calculator", 240, false), true,
				homeLoan);
		touch.webLogin(at(monday, 14, 52), homeLoan);
		Map<String, Object> eligibility = page("/loans/home-loan/eligibility", 95, true);
		eligibility.put("First_Name", "Alice");
		eligibility.put("Email", EMAIL);
		touch.web(at(monday, 14, 53), "Page_viewed", eligibility, false, homeLoan);
		touch.social(at(monday.plusDays(1), 16, 5), "Social_like", props("campaign", "credit-card-promo",
				"Page category", "CreditCard", "network", "instagram"), PurposeType.CREDIT_CARD);
		touch.social(at(monday.plusDays(2), 13, 30), "Social_share", props("campaign", "home-loan-public-servants",
				"Page category", "Loans", "network", "facebook"), homeLoan);
		touch.app(at(monday.plusDays(3), 15, 10), "App_installed", props("platform", "android", "appVersion", "5.12.0"),
				null);
		touch.app(at(monday.plusDays(5), 5, 20), "Bill_paid", props("biller", "electricity", "amount", 2_340,
				"billerName", "BESCOM"), null);
	}

	private static Map<String, Object> page(String path, int seconds, boolean loggedIn) {
		return props("Page URL", Channels.SITE + path, "Page category", "Loans", "Time_on_page_s", seconds,
				"Logged_in", loggedIn);
	}

	private static Instant at(LocalDate day, int hourUtc, int minute) {
		return day.atTime(LocalTime.of(hourUtc, minute)).toInstant(ZoneOffset.UTC);
	}

}
