package io.skein.identity.matching;

import org.junit.jupiter.api.Test;

import static io.skein.identity.matching.Fixtures.contact;
import static org.assertj.core.api.Assertions.assertThat;

class ContactComparatorsTest {

	@Test
	void emailLevels() {
		EmailComparator email = new EmailComparator();
		assertThat(email.level(contact("1", "Ann.Lee@Mail.com", null, null, null),
				contact("2", "ann.lee@mail.com", null, null, null)))
			.isEqualTo(EmailComparator.Level.EXACT);
		assertThat(email.level(contact("1", "ann.lee@mail.com", null, null, null),
				contact("2", "ann.lee@work.org", null, null, null)))
			.isEqualTo(EmailComparator.Level.SAME_LOCAL_PART);
		assertThat(email.level(contact("1", "ann.lee@mail.com", null, null, null),
				contact("2", "ann.le@mail.com", null, null, null)))
			.isEqualTo(EmailComparator.Level.FUZZY);
		assertThat(email.level(contact("1", "ann.lee@mail.com", null, null, null),
				contact("2", "tom@xyz.net", null, null, null)))
			.isEqualTo(EmailComparator.Level.DIFFERENT);
		assertThat(email.level(contact("1", "not-an-email", null, null, null),
				contact("2", "tom@xyz.net", null, null, null)))
			.isNull();
	}

	@Test
	void phoneLevels() {
		PhoneComparator phone = new PhoneComparator();
		assertThat(phone.level(contact("1", null, "+44 7700 900123", null, null),
				contact("2", null, "07700900123", null, null)))
			.isEqualTo(PhoneComparator.Level.EXACT);
		assertThat(phone.level(contact("1", null, "07700 900123", null, null),
				contact("2", null, "07700 900132", null, null)))
			.isEqualTo(PhoneComparator.Level.ONE_DIGIT);
		assertThat(phone.level(contact("1", null, "020 7946 0123", null, null),
				contact("2", null, "0161 946 0123", null, null)))
			.isEqualTo(PhoneComparator.Level.SAME_ENDING);
		assertThat(phone.level(contact("1", null, "020 7946 0123", null, null),
				contact("2", null, "0161 555 9876", null, null)))
			.isEqualTo(PhoneComparator.Level.DIFFERENT);
	}

	@Test
	void genderLevels() {
		GenderComparator gender = new GenderComparator();
		assertThat(gender.level(contact("1", null, null, "F", null), contact("2", null, null, "female", null)))
			.isEqualTo(GenderComparator.Level.SAME);
		assertThat(gender.level(contact("1", null, null, "M", null), contact("2", null, null, "F", null)))
			.isEqualTo(GenderComparator.Level.DIFFERENT);
		assertThat(gender.level(contact("1", null, null, "unknown", null), contact("2", null, null, "F", null)))
			.isNull();
	}

	@Test
	void nationalIdLevels() {
		NationalIdComparator id = new NationalIdComparator();
		assertThat(id.level(contact("1", null, null, null, "AB 12 34 56 C"), contact("2", null, null, null, "ab123456c")))
			.isEqualTo(NationalIdComparator.Level.EXACT);
		assertThat(id.level(contact("1", null, null, null, "1234567"), contact("2", null, null, null, "1243567")))
			.isEqualTo(NationalIdComparator.Level.ONE_EDIT);
		assertThat(id.level(contact("1", null, null, null, "1234567"), contact("2", null, null, null, "7654321")))
			.isEqualTo(NationalIdComparator.Level.DIFFERENT);
	}

}
