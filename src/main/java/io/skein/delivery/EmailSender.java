package io.skein.delivery;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mail through Spring Mail to the SMTP server of {@code spring.mail.host}. The Message-ID is
 * {@code <key@domain>} (characters a Message-ID may not hold percent-encoded) and header {@code X-Skein-Key}
 * the key, so a repeat after a crash is recognisable. An SMTP 5xx answer to the recipient or the message is a
 * hard bounce ({@link SendOutcome.Kind#BOUNCED}); anything else (no connection, 4xx, authentication) is
 * retried. Without a mail host this sender serves nothing and EMAIL messages stay PENDING.
 */
public class EmailSender implements ChannelSender {

	private final JavaMailSender mail;

	private final DeliveryProperties.Mail settings;

	/** {@code mail} is null when no mail host is configured. */
	public EmailSender(JavaMailSender mail, DeliveryProperties.Mail settings) {
		this.mail = mail;
		this.settings = settings;
	}

	@Override
	public Set<OutboxChannel> channels() {
		return this.mail == null ? Set.of() : Set.of(OutboxChannel.EMAIL);
	}

	@Override
	public Map<OutboxChannel, String> unavailable() {
		Map<OutboxChannel, String> missing = new EnumMap<>(OutboxChannel.class);
		if (this.mail == null) {
			missing.put(OutboxChannel.EMAIL, "no mail host: set spring.mail.host (and port, username, password)");
		}
		return missing;
	}

	@Override
	public SendOutcome send(OutboxMessage message) {
		if (this.mail == null) {
			return SendOutcome.retry("no mail host");
		}
		MimeMessage mime = this.mail.createMimeMessage();
		try {
			MimeMessageHelper helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.from());
			helper.setTo(message.recipient());
			helper.setSubject(message.subject() == null ? "" : message.subject());
			helper.setText(message.body() == null ? "" : message.body(), false);
			mime.setHeader("Message-ID", messageId(message.key(), this.settings.domain()));
			mime.setHeader("X-Skein-Key", message.key());
		}
		catch (MessagingException | IllegalArgumentException ex) {
			return SendOutcome.bounced("not a deliverable e-mail: " + ex.getMessage());
		}
		try {
			// JavaMailSenderImpl keeps a Message-ID set before sending
			this.mail.send(mime);
			return SendOutcome.accepted();
		}
		catch (MailParseException ex) {
			return SendOutcome.bounced("not a deliverable e-mail: " + ex.getMessage());
		}
		catch (MailAuthenticationException ex) {
			return SendOutcome.retry("SMTP authentication failed: " + ex.getMessage());
		}
		catch (MailSendException ex) {
			return classify(ex);
		}
		catch (MailException ex) {
			return SendOutcome.retry(ex.getMessage());
		}
	}

	/** The Message-ID for a key: {@code <key@domain>}, bytes outside a dot-atom percent-encoded. */
	static String messageId(String key, String domain) {
		StringBuilder id = new StringBuilder("<");
		for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&'*+-/=?^_`{|}~.".indexOf(c) >= 0) {
				id.append(c);
			}
			else {
				id.append('%').append(String.format("%02X", b & 0xff));
			}
		}
		return id.append('@').append(domain).append('>').toString();
	}

	/**
	 * A 5xx reply to the recipient (RCPT) or to the message (DATA) is a hard bounce; anything else may pass,
	 * including a refused sender address (MAIL FROM), which is this deployment's problem, not the customer's.
	 */
	private static SendOutcome classify(MailSendException ex) {
		for (Exception failure : ex.getFailedMessages().values()) {
			Integer code = smtpCode(failure);
			if (code != null && code >= 500 && code < 600) {
				return SendOutcome.bounced("SMTP " + code + ": " + failure.getMessage());
			}
		}
		Integer code = smtpCode(ex);
		if (code != null && code >= 500 && code < 600) {
			return SendOutcome.bounced("SMTP " + code + ": " + ex.getMessage());
		}
		return SendOutcome.retry(ex.getMessage());
	}

	/** SMTP reply codes of the provider's exceptions (Angus Mail's, a runtime dependency: read reflectively). */
	private static final java.util.Set<String> CODED = java.util.Set.of("SMTPAddressFailedException",
			"SMTPSendFailedException");

	private static Integer smtpCode(Throwable failure) {
		Throwable t = failure;
		for (int depth = 0; t != null && depth < 10; depth++, t = next(t)) {
			if (CODED.contains(t.getClass().getSimpleName())) {
				try {
					return (Integer) t.getClass().getMethod("getReturnCode").invoke(t);
				}
				catch (ReflectiveOperationException | ClassCastException ex) {
					return null;
				}
			}
		}
		return null;
	}

	private static Throwable next(Throwable t) {
		if (t instanceof SendFailedException s && s.getNextException() != null && s.getNextException() != t) {
			return s.getNextException();
		}
		if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
			return m.getNextException();
		}
		return t.getCause() == t ? null : t.getCause();
	}

}
