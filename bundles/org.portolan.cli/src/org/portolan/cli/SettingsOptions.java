package org.portolan.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.portolan.validation.ValidationSettings;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Validation settings of a run (shared by {@code validate} and {@code report}): a settings file, then the
 * {@code --severity} and {@code --go-live} options on top of it. The file is a properties file with
 * {@code severity.RULE-ID=error|warning|info|ignore} and {@code goLiveDate=yyyy-MM-dd} — the keys of the workbench's
 * preferences, so its {@code org.portolan.validation.prefs} can be passed as it is.
 */
final class SettingsOptions {

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--settings", paramLabel = "FILE",
			description = "validation settings: a properties file with severity.RULE-ID=error|warning|info|ignore and goLiveDate=yyyy-MM-dd (e.g. the workbench's org.portolan.validation.prefs)")
	Path settingsFile;

	@Option(names = "--severity", paramLabel = "RULE=LEVEL",
			description = "override a rule's severity: error, warning, info or ignore (repeatable; wins over --settings)")
	Map<String, String> severities = new LinkedHashMap<>();

	@Option(names = "--go-live", paramLabel = "DATE",
			description = "planned go-live date (yyyy-MM-dd) for the certificate validity rule when a topology states none (wins over --settings)")
	String goLive;

	/** The settings; a usage error (exit 2) for an unreadable file, unknown rule id, severity or malformed date. */
	ValidationSettings settings() {
		try {
			ValidationSettings settings = ValidationSettings.DEFAULTS;
			if (settingsFile != null) {
				Properties p = new Properties();
				try (InputStream in = Files.newInputStream(settingsFile)) {
					p.load(in);
				}
				settings = ValidationSettings.fromProperties(p);
			}
			for (Map.Entry<String, String> e : severities.entrySet()) {
				settings = settings.withSeverity(e.getKey().strip(), ValidationSettings.Level.parse(e.getValue()));
			}
			if (goLive != null) {
				settings = settings.withGoLiveDate(ValidationSettings.parseDate(goLive));
			}
			return settings;
		} catch (IOException e) {
			throw new CommandLine.ParameterException(spec.commandLine(), "cannot read the settings file " + settingsFile
					+ ": " + e.getMessage());
		} catch (IllegalArgumentException e) {
			throw new CommandLine.ParameterException(spec.commandLine(),
					(settingsFile != null ? "settings (" + settingsFile + "): " : "") + e.getMessage());
		}
	}
}
