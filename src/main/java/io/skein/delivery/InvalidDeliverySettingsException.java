package io.skein.delivery;

/** A {@code skein.delivery.*} setting that cannot work; the message names the property. Stops the start. */
public class InvalidDeliverySettingsException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	public InvalidDeliverySettingsException(String message) {
		super(message);
	}

}
