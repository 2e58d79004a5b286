package org.portolan.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.portolan.model.Topology;
import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Write the firewall, certificate, port, load balancer, IPsec, DNS and validation reports of a topology.")
final class ReportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "TOPOLOGY", description = "the topology file (.portolan)")
	Path topologyFile;

	@Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE", description = "further files or folders the topology uses (catalogs)")
	List<Path> more;

	@Option(names = "--format", required = true, split = ",", paramLabel = "FORMAT",
			description = "xlsx, csv, html or md; repeat or separate with commas")
	List<String> formats;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if needed)")
	Path out;

	@Option(names = { "-q", "--quiet" }, description = "no progress on stderr")
	boolean quiet;

	@picocli.CommandLine.Mixin
	SettingsOptions settingsOptions;

	@Override
	public Integer call() throws Exception {
		Console console = new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
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
		ModelSet models = ModelSet.loadTopology(topologyFile, more, console);
		if (models == null) {
			return PortolanCli.USAGE;
		}
		Topology topology = models.topology();
		console.progress("analysing flows and validating " + topologyFile);
		PortolanReports.Analysis analysis = PortolanReports.analyze(topology, settings);
		console.progress(analysis.flows().size() + " required flows, " + analysis.findings().size() + " findings");
		List<Path> written;
		try {
			written = PortolanReports.write(analysis, models::location, chosen, out, console::progress);
		} catch (java.io.IOException e) {
			console.error("portolan: cannot write the reports: " + e.getMessage());
			return PortolanCli.USAGE;
		}
		for (Path p : written) {
			console.out.println(p);
		}
		console.out.flush();
		return PortolanCli.OK;
	}
}
