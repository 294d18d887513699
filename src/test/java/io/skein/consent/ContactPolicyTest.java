package io.skein.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Frequency caps and quiet hours as pure rules (issue 17, item 3). */
class ContactPolicyTest {

	static ContactPolicy policy(Map<ConsentChannel, String> caps, String quietHours, String zone) {
		return new ContactPolicy(new ConsentProperties(null, caps, quietHours, zone));
	}

	final ContactPolicy policy = policy(Map.of(ConsentChannel.EMAIL, "3/7d", ConsentChannel.SMS, "1/12h"), "21:00-09:00",
			null);

	@Test
	void aCapAllowsUpToItsCountInTheWindow() {
		Instant noonInKolkata = Instant.parse("2026-03-01T06:30:00Z");
		assertThat(this.policy.mayContact("c1", ConsentChannel.EMAIL, noonInKolkata, 2).allowed()).isTrue();
		ContactDecision fourth = this.policy.mayContact("c1", ConsentChannel.EMAIL, noonInKolkata, 3);
		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.reason()).isEqualTo("frequency cap EMAIL 3/7d reached (3 sent)");
		assertThat(this.policy.cap(ConsentChannel.EMAIL)).contains(new FrequencyCap(3, Duration.ofDays(7)));
		assertThat(this.policy.cap(ConsentChannel.SMS).orElseThrow().window()).isEqualTo(Duration.ofHours(12));
		assertThat(this.policy.cap(ConsentChannel.PUSH)).as("not configured: not capped").isEmpty();
		assertThat(this.policy.mayContact("c1", ConsentChannel.PUSH, noonInKolkata, 1000).allowed()).isTrue();
	}

	@Test
	void quietHoursWrapMidnightInTheConfiguredZoneAndSayWhenTheyEnd() {
		// 21:00 IST is 15:30 UTC; 09:00 IST is 03:30 UTC
		assertThat(this.policy.mayContact("c1", ConsentChannel.SMS, Instant.parse("2026-03-01T15:29:59Z"), 0).allowed())
			.isTrue();
		ContactDecision evening = this.policy.mayContact("c1", ConsentChannel.SMS, Instant.parse("2026-03-01T15:30:00Z"), 0);
		assertThat(evening.allowed()).isFalse();
		assertThat(evening.reason()).isEqualTo("quiet hours 21:00-09:00 Asia/Kolkata");
		assertThat(evening.notBefore()).isEqualTo(Instant.parse("2026-03-02T03:30:00Z"));
		ContactDecision night = this.policy.mayContact("c1", ConsentChannel.EMAIL, Instant.parse("2026-03-01T20:00:00Z"), 0);
		assertThat(night.notBefore()).isEqualTo(Instant.parse("2026-03-02T03:30:00Z"));
		assertThat(this.policy.mayContact("c1", ConsentChannel.EMAIL, Instant.parse("2026-03-02T03:30:00Z"), 0).allowed())
			.isTrue();
	}

	@Test
	void quietHoursWithinADayAnotherZoneAndNone() {
		ContactPolicy lunch = policy(Map.of(), "12:00-13:00", "Europe/London");
		assertThat(lunch.mayContact("c1", ConsentChannel.CALL, Instant.parse("2026-07-01T11:30:00Z"), 0).allowed())
			.as("12:30 BST").isFalse();
		assertThat(lunch.mayContact("c1", ConsentChannel.CALL, Instant.parse("2026-07-01T12:30:00Z"), 0).allowed())
			.as("13:30 BST").isTrue();
		ContactPolicy none = policy(Map.of(), "-", null);
		assertThat(none.mayContact("c1", ConsentChannel.CALL, Instant.parse("2026-03-01T20:00:00Z"), 0).allowed()).isTrue();
	}

	@Test
	void badSettingsAreRefusedNamingThem() {
		assertThatThrownBy(() -> policy(Map.of(ConsentChannel.SMS, "three a week"), null, null))
			.hasMessageContaining("skein.consent.caps.SMS");
		assertThatThrownBy(() -> policy(Map.of(), "9pm-9am", null)).hasMessageContaining("skein.consent.quiet-hours");
		assertThatThrownBy(() -> policy(Map.of(), null, "Mars/Olympus")).hasMessageContaining("skein.consent.zone");
	}

	@Test
	void defaultsAssumeOnlyServiceUnlessConfigured() {
		ConsentProperties standard = new ConsentProperties(null, null, null, null);
		assertThat(standard.assumed(ConsentPurpose.SERVICE)).isTrue();
		assertThat(standard.assumed(ConsentPurpose.MARKETING)).isFalse();
		assertThat(standard.assumed(ConsentPurpose.REMINDERS)).isFalse();
		ConsentProperties strict = new ConsentProperties(Map.of(ConsentPurpose.SERVICE, false), null, null, null);
		assertThat(strict.assumed(ConsentPurpose.SERVICE)).isFalse();
	}

}
