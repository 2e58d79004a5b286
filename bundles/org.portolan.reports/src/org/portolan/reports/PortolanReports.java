package org.portolan.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.portolan.analysis.RequiredFlows;
import org.portolan.model.Topology;
import org.portolan.validation.Finding;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.ValidationContext;
import org.portolan.validation.ValidationSettings;

/**
 * Entry point: one flow analysis and one validation run per topology (the validation's flows are the flows the
 * reports show), then the report tables and their files.
 */
public final class PortolanReports {

	private PortolanReports() {
	}

	/** The flows and findings of one topology, computed once. */
	public record Analysis(Topology topology, RequiredFlows flows, List<Finding> findings) {
	}

	/** With the {@linkplain ValidationSettings#current() current} validation settings. */
	public static Analysis analyze(Topology topology) {
		return analyze(topology, ValidationSettings.current());
	}

	/** With the given severity overrides and go-live date (e.g. the CLI's {@code --severity}, {@code --settings}). */
	public static Analysis analyze(Topology topology, ValidationSettings settings) {
		ValidationContext context = new ValidationContext(topology, List.of(), settings);
		List<Finding> findings = PortolanValidation.validate(context);
		return new Analysis(topology, context.flows(), findings);
	}

	public static List<ReportTable> tables(Analysis analysis, Function<EObject, String> locator) {
		return new ReportBuilder(analysis.flows(), analysis.findings(), locator).build();
	}

	/** Writes the given formats into {@code folder}; returns the files written. */
	public static List<Path> write(Analysis analysis, Function<EObject, String> locator,
			Collection<ReportFormat> formats, Path folder, Consumer<String> progress) throws IOException {
		List<ReportTable> tables = tables(analysis, locator);
		OutputFolder out = new OutputFolder(folder);
		ReportWriter writer = new ReportWriter(out, progress);
		if (formats.contains(ReportFormat.HTML)) {
			writer.diagram(ReportDiagram.inlineSvg(analysis));
		}
		String name = analysis.topology().getName() == null ? "topology" : analysis.topology().getName();
		List<Path> written = new ArrayList<>();
		for (ReportFormat f : formats) {
			written.addAll(writer.write(name, tables, f));
		}
		return written;
	}
}
