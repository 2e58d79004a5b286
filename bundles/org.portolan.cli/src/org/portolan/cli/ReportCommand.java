package org.portolan.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write the firewall, certificate, port, load balancer, IPsec, DNS and validation reports of a topology.")
final class ReportCommand implements Callable<Integer> {

	@Mixin
	TopologyOptions topologyOptions;

	@Option(names = "--format", required = true, split = ",", paramLabel = "FORMAT",
			description = "xlsx, csv, html or md; repeat or separate with commas")
	List<String> formats;

	@Mixin
	OutputOptions output;

	@Mixin
	SettingsOptions settingsOptions;

	@Override
	public Integer call() throws Exception {
		Console console = output.console();
		org.portolan.validation.ValidationSettings settings = settingsOptions.settings();
		Set<ReportFormat> chosen = new LinkedHashSet<>();
		for (String f : formats) {
			try {
				chosen.add(ReportFormat.parse(f));
			} catch (IllegalArgumentException e) {
				console.error("portolan: " + e.getMessage());
				return PortolanCli.USAGE;
			}
		}
		ModelSet models = topologyOptions.load(console);
		if (models == null) {
			return PortolanCli.USAGE;
		}
		console.progress("analysing flows and validating " + topologyOptions.topologyFile);
		PortolanReports.Analysis analysis = PortolanReports.analyze(models.topology(), settings);
		console.progress(analysis.flows().size() + " required flows, " + analysis.findings().size() + " findings");
		List<Path> written;
		try {
			written = PortolanReports.write(analysis, models::location, chosen, output.out, console::progress);
		} catch (java.io.IOException e) {
			console.error("portolan: cannot write the reports: " + e.getMessage());
			return PortolanCli.USAGE;
		}
		return OutputOptions.written(console, written);
	}
}
