package org.portolan.dsl.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.ValidationSettings;

/**
 * The workbench's validation preferences (rule severities, planned go-live date) in the instance scope, node
 * {@value #NODE}, with the keys of {@link ValidationSettings} ({@code severity.RULE-ID}, {@code goLiveDate}) — so the
 * workspace file {@code .metadata/.plugins/org.eclipse.core.runtime/.settings/org.portolan.validation.prefs} is also
 * a valid {@code portolan validate --settings} file. {@link #install()} makes them the
 * {@linkplain ValidationSettings#current() current settings} of the EValidator (editor and builder markers) and keeps
 * them current when the preferences change.
 */
public final class ValidationPreferences {

	/** Instance-scope preference node. */
	public static final String NODE = "org.portolan.validation";

	private static boolean installed;

	private ValidationPreferences() {
	}

	public static IEclipsePreferences node() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}

	/** Makes the stored preferences the validation's current settings and follows their changes. Idempotent. */
	public static synchronized void install() {
		ValidationSettings.setCurrent(read());
		if (!installed) {
			installed = true;
			node().addPreferenceChangeListener(event -> ValidationSettings.setCurrent(read()));
		}
	}

	/** The stored settings; entries that are no longer valid (a removed rule id, a malformed date) are skipped. */
	public static ValidationSettings read() {
		IEclipsePreferences node = node();
		Map<String, ValidationSettings.Level> severities = new LinkedHashMap<>();
		LocalDate date = null;
		try {
			for (String key : node.keys()) {
				String value = node.get(key, null);
				try {
					if (key.startsWith(ValidationSettings.SEVERITY_PREFIX)) {
						String id = key.substring(ValidationSettings.SEVERITY_PREFIX.length());
						if (PortolanValidation.rule(id) != null) {
							severities.put(id, ValidationSettings.Level.parse(value));
						} else {
							log("Validation preference " + key + " names no rule; ignored");
						}
					} else if (key.equals(ValidationSettings.GO_LIVE_KEY)) {
						date = ValidationSettings.parseDate(value);
					}
				} catch (IllegalArgumentException e) {
					log("Validation preference " + key + "=" + value + " ignored: " + e.getMessage());
				}
			}
		} catch (BackingStoreException e) {
			log("Cannot read the validation preferences: " + e.getMessage());
		}
		return ValidationSettings.of(severities, date);
	}

	/** Stores {@code settings} (replacing every stored override), flushes, and makes them current. */
	public static synchronized void write(ValidationSettings settings) throws BackingStoreException {
		IEclipsePreferences node = node();
		for (String key : node.keys()) {
			if (key.startsWith(ValidationSettings.SEVERITY_PREFIX) || key.equals(ValidationSettings.GO_LIVE_KEY)) {
				node.remove(key);
			}
		}
		settings.severities().forEach((id, level) -> node.put(ValidationSettings.SEVERITY_PREFIX + id, level.key()));
		if (settings.goLiveDate() != null) {
			node.put(ValidationSettings.GO_LIVE_KEY, settings.goLiveDate().toString());
		}
		node.flush();
		ValidationSettings.setCurrent(settings);
	}

	private static void log(String message) {
		Platform.getLog(ValidationPreferences.class).log(Status.warning(message));
	}
}
