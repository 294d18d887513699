package io.skein.demo;

import java.util.List;

/** The channels events arrive through, exactly as events name them. */
final class Channels {

	static final String WEB = "web";

	static final String APP = "app";

	static final String EMAIL = "email";

	static final String SMS = "sms";

	static final String WHATSAPP = "whatsapp";

	static final String SOCIAL = "social";

	static final String BRANCH = "branch";

	static final String CALL_CENTRE = "call_centre";

	static final List<String> ALL = List.of(WEB, APP, EMAIL, SMS, WHATSAPP, SOCIAL, BRANCH, CALL_CENTRE);

	static final String SITE = "https://www.skeinbank.example";

	private Channels() {
	}

}
