package org.portolan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.portolan.model.Topology;
import org.portolan.reports.OutputFolder;
import org.portolan.reports.PortolanReports;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Validate topologies; prints file:line: severity rule-id message.")
final class ValidateCommand implements Callable<Integer> {

	/** The severities of --fail-on. */
	enum FailOn {
		error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

		final Severity severity;

		FailOn(Severity severity) {
			this.severity = severity;
		}
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE_OR_DIR", description = "Portolan files, or folders searched for *.portolan")
	List<Path> inputs;

	@Option(names = "--sarif", paramLabel = "FILE", description = "also write the findings as SARIF 2.1.0")
	Path sarif;

	@Option(names = "--junit", paramLabel = "FILE", description = "also write the findings as JUnit XML")
	Path junit;

	@Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
			description = "exit 1 when a finding has this severity or a higher one: error, warning or info (default: ${DEFAULT-VALUE})")
	FailOn failOn;

	@Option(names = { "-q", "--quiet" }, description = "no progress and no summary on stderr")
	boolean quiet;

	@Mixin
	SettingsOptions settingsOptions;

	/** One finding with its location, as printed. */
	record Located(Finding finding, String file, int line) {
		String severity() {
			return finding.severity().name().toLowerCase(Locale.ROOT);
		}

		/** The message without the "[RULE-ID] " prefix the rules put in front (the line names the rule already). */
		String message() {
			String m = finding.message() == null ? "" : finding.message();
			String prefix = "[" + finding.ruleId() + "]";
			return m.startsWith(prefix) ? m.substring(prefix.length()).strip() : m;
		}

		/** {@code file:line: severity rule-id message}. */
		String text() {
			return file + ":" + line + ": " + severity() + " " + finding.ruleId() + " " + message();
		}
	}

	@Override
	public Integer call() throws Exception {
		Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
		ValidationSettings settings = settingsOptions.settings();
		console.progress("loading " + inputs.size() + " input(s) and the shipped catalogs");
		ModelSet models = new ModelSet().load(inputs);
		List<Located> located = new ArrayList<>();
		List<Topology> topologies = models.topologies();
		if (models.errors().isEmpty()) {
			int i = 0;
			for (Topology t : topologies) {
				i++;
				console.progress("validating " + models.displayName(t.eResource()) + " (" + i + "/" + topologies.size() + ")");
				for (Finding f : PortolanReports.analyze(t, settings).findings()) {
					String file = models.displayName(f.target() == null ? t.eResource() : f.target().eResource());
					located.add(new Located(f, file, ModelSet.line(f.target())));
				}
			}
		}
		for (ModelSet.InputError e : models.errors()) {
			console.error(e.toString());
		}
		for (Located l : located) {
			console.out.println(l.text());
		}
		console.out.flush();
		try {
			if (sarif != null) {
				writeReport(sarif, o -> SarifWriter.write(o, located, models.errors()));
				console.progress("SARIF written to " + sarif);
			}
			if (junit != null) {
				writeReport(junit, o -> JunitWriter.write(o, models, located, models.errors(), failOn.severity));
				console.progress("JUnit XML written to " + junit);
			}
		} catch (java.io.IOException e) {
			console.error("portolan: cannot write: " + e.getMessage());
			return PortolanCli.USAGE;
		}
		if (!models.errors().isEmpty()) {
			console.progress(models.errors().size() + " input error(s); nothing validated");
			return PortolanCli.USAGE;
		}
		if (topologies.isEmpty()) {
			console.error("portolan: no topology found in " + inputs);
			return PortolanCli.USAGE;
		}
		long failing = located.stream().filter(l -> l.finding().severity().ordinal() <= failOn.severity.ordinal()).count();
		console.progress(topologies.size() + " topolog" + (topologies.size() == 1 ? "y" : "ies") + ", " + located.size()
				+ " finding(s), " + failing + " at or above " + failOn);
		return failing > 0 ? PortolanCli.FINDINGS : PortolanCli.OK;
	}

	/** Writes a single file atomically next to its final name. */
	static void writeReport(Path file, OutputFolder.Content content) throws java.io.IOException {
		Path abs = file.toAbsolutePath().normalize();
		new OutputFolder(abs.getParent()).write(abs.getFileName().toString(), content);
	}
}
