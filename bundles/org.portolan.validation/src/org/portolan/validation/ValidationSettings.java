package org.portolan.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What a user may change about a validation run without touching the model: a severity per rule id (including
 * {@link Level#IGNORE}, which drops the rule's findings) and a planned go-live date that the certificate validity
 * rule uses when the topology has none ({@code Topology.plannedGoLiveDate} wins when it is set).
 * <p>
 * The same settings reach every client: {@link PortolanValidation#validate(ValidationContext)} applies them, the
 * {@link org.eclipse.emf.ecore.EValidator} reads them from the Diagnostician context map ({@link #CONTEXT_KEY}) or
 * else from {@link #current()}, which the workbench sets from its preferences; the CLI passes them explicitly.
 * <p>
 * Stored as properties (the workbench's instance preferences {@code org.portolan.validation.prefs} use the same
 * keys, so that file is a valid {@code portolan validate --settings} file):
 *
 * <pre>
 * severity.FW-PORT-002=ignore
 * severity.WIN-RDP-001=warning
 * goLiveDate=2026-12-01
 * </pre>
 *
 * Immutable.
 */
public final class ValidationSettings {

	/** A severity override: one of the finding severities, or ignore (no findings of the rule). */
	public enum Level {
		ERROR, WARNING, INFO, IGNORE;

		/** Lower-case name as stored and typed ({@code error}, {@code warning}, {@code info}, {@code ignore}). */
		public String key() {
			return name().toLowerCase(Locale.ROOT);
		}

		/** The finding severity, or {@code null} for {@link #IGNORE}. */
		public Severity severity() {
			return switch (this) {
				case ERROR -> Severity.ERROR;
				case WARNING -> Severity.WARNING;
				case INFO -> Severity.INFO;
				case IGNORE -> null;
			};
		}

		public static Level of(Severity severity) {
			return valueOf(severity.name());
		}

		/** Parses {@code error|warning|info|ignore} (any case). */
		public static Level parse(String text) {
			if (text != null) {
				for (Level l : values()) {
					if (l.key().equalsIgnoreCase(text.strip())) {
						return l;
					}
				}
			}
			throw new IllegalArgumentException("unknown severity '" + text + "' (expected error, warning, info or ignore)");
		}
	}

	/** Key under which a run's settings may be put into the EMF Diagnostician context map. */
	public static final String CONTEXT_KEY = ValidationSettings.class.getName();

	/** Property key prefix of a severity override: {@code severity.RULE-ID}. */
	public static final String SEVERITY_PREFIX = "severity.";

	/** Property key of the go-live date (yyyy-MM-dd). */
	public static final String GO_LIVE_KEY = "goLiveDate";

	/** Key written by Eclipse into every .prefs file; accepted and ignored. */
	private static final String ECLIPSE_PREFS_VERSION = "eclipse.preferences.version";

	/** No overrides, no go-live date. */
	public static final ValidationSettings DEFAULTS = new ValidationSettings(Map.of(), null);

	private static volatile ValidationSettings current = DEFAULTS;

	private final Map<String, Level> severities;
	private final LocalDate goLiveDate;

	private ValidationSettings(Map<String, Level> severities, LocalDate goLiveDate) {
		this.severities = Collections.unmodifiableMap(new TreeMap<>(severities));
		this.goLiveDate = goLiveDate;
	}

	/**
	 * Settings with the given overrides and go-live date (may be null).
	 *
	 * @throws IllegalArgumentException for a rule id no rule has
	 */
	public static ValidationSettings of(Map<String, Level> severities, LocalDate goLiveDate) {
		for (String id : severities.keySet()) {
			requireKnownRule(id);
		}
		return new ValidationSettings(severities, goLiveDate);
	}

	/** The settings the EValidator uses when its context map carries none (the workbench's preferences). */
	public static ValidationSettings current() {
		return current;
	}

	public static void setCurrent(ValidationSettings settings) {
		current = settings == null ? DEFAULTS : settings;
	}

	/** The override for a rule id, or {@code null} when the rule keeps its own severities. */
	public Level override(String ruleId) {
		return severities.get(ruleId);
	}

	/** The overrides, by rule id (sorted). */
	public Map<String, Level> severities() {
		return severities;
	}

	/** The go-live date to use when the topology has none, or {@code null}. */
	public LocalDate goLiveDate() {
		return goLiveDate;
	}

	/** A copy with {@code ruleId} set to {@code level}; {@code null} removes the override. */
	public ValidationSettings withSeverity(String ruleId, Level level) {
		requireKnownRule(ruleId);
		Map<String, Level> copy = new LinkedHashMap<>(severities);
		if (level == null) {
			copy.remove(ruleId);
		} else {
			copy.put(ruleId, level);
		}
		return new ValidationSettings(copy, goLiveDate);
	}

	public ValidationSettings withGoLiveDate(LocalDate date) {
		return new ValidationSettings(severities, date);
	}

	/** Whether the rule's findings are dropped. */
	public boolean ignores(String ruleId) {
		return severities.get(ruleId) == Level.IGNORE;
	}

	/**
	 * The findings as the user wants them: those of ignored rules dropped, the others with the overriding severity
	 * (an override replaces every severity the rule uses, including its escalations).
	 */
	public List<Finding> apply(List<Finding> findings) {
		if (severities.isEmpty()) {
			return findings;
		}
		List<Finding> result = new ArrayList<>(findings.size());
		for (Finding f : findings) {
			Level level = severities.get(f.ruleId());
			if (level == null) {
				result.add(f);
			} else if (level != Level.IGNORE) {
				result.add(level.severity() == f.severity() ? f
						: new Finding(f.rule(), level.severity(), f.target(), f.message(), f.related()));
			}
		}
		return Collections.unmodifiableList(result);
	}

	/**
	 * Reads {@code severity.RULE-ID=level} and {@code goLiveDate=yyyy-MM-dd} entries.
	 *
	 * @throws IllegalArgumentException naming the first unknown key, rule id, severity or malformed date
	 */
	public static ValidationSettings fromProperties(Properties properties) {
		Map<String, Level> severities = new LinkedHashMap<>();
		LocalDate date = null;
		for (String key : new TreeMap<>(toMap(properties)).keySet()) {
			String value = properties.getProperty(key);
			if (key.startsWith(SEVERITY_PREFIX)) {
				String id = key.substring(SEVERITY_PREFIX.length());
				requireKnownRule(id);
				severities.put(id, Level.parse(value));
			} else if (key.equals(GO_LIVE_KEY)) {
				date = parseDate(value);
			} else if (!key.equals(ECLIPSE_PREFS_VERSION)) {
				throw new IllegalArgumentException("unknown setting '" + key + "' (expected " + SEVERITY_PREFIX
						+ "RULE-ID or " + GO_LIVE_KEY + ")");
			}
		}
		return new ValidationSettings(severities, date);
	}

	/** The settings as properties ({@link #fromProperties} reads them back). */
	public Properties toProperties() {
		Properties p = new Properties();
		severities.forEach((id, level) -> p.setProperty(SEVERITY_PREFIX + id, level.key()));
		if (goLiveDate != null) {
			p.setProperty(GO_LIVE_KEY, goLiveDate.toString());
		}
		return p;
	}

	/** Parses a go-live date; blank is {@code null}. */
	public static LocalDate parseDate(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		} catch (DateTimeParseException e) {
			throw new IllegalArgumentException("go-live date '" + text + "' is not an ISO date (yyyy-MM-dd)");
		}
	}

	private static void requireKnownRule(String id) {
		if (PortolanValidation.rule(id) == null) {
			throw new IllegalArgumentException("unknown rule id '" + id + "'");
		}
	}

	private static Map<String, String> toMap(Properties properties) {
		Map<String, String> map = new LinkedHashMap<>();
		for (String k : properties.stringPropertyNames()) {
			map.put(k, properties.getProperty(k));
		}
		return map;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof ValidationSettings s && s.severities.equals(severities)
				&& java.util.Objects.equals(s.goLiveDate, goLiveDate);
	}

	@Override
	public int hashCode() {
		return severities.hashCode() * 31 + java.util.Objects.hashCode(goLiveDate);
	}

	@Override
	public String toString() {
		return "ValidationSettings" + severities + (goLiveDate == null ? "" : " goLive=" + goLiveDate);
	}
}
