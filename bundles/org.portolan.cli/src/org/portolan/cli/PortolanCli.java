package org.portolan.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code portolan}: headless validation and reports.
 *
 * <pre>
 * portolan validate FILES_OR_FOLDERS [--sarif FILE] [--junit FILE] [--fail-on error|warning|info] [--quiet]
 *                   [--settings FILE] [--severity RULE=error|warning|info|ignore ...] [--go-live yyyy-MM-dd]
 * portolan report TOPOLOGY --format xlsx|csv|html|md [--format ...] --out DIR [--quiet]
 * portolan diagram TOPOLOGY --format svg|png --out DIR [--layers LAYER,...] [--filters FILTER,...] [--quiet]
 * </pre>
 *
 * Exit codes: 0 clean, 1 findings at or above the chosen severity, 2 usage or input errors.
 */
@Command(name = "portolan", mixinStandardHelpOptions = true, version = "portolan 0.1.0",
		description = "Validate Portolan topologies and write their reports.",
		subcommands = { ValidateCommand.class, ReportCommand.class, DiagramCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:clean (no finding at or above --fail-on)", "1:findings at or above --fail-on",
				"2:usage or input error" })
public final class PortolanCli implements Runnable {

	public static final int OK = 0, FINDINGS = 1, USAGE = 2;

	@CommandLine.Spec
	CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: validate, report or diagram");
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the command line; returns the exit code (never calls System.exit). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		CommandLine cl = new CommandLine(new PortolanCli());
		cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
		cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
		cl.setCaseInsensitiveEnumValuesAllowed(true);
		cl.setExitCodeExceptionMapper(e -> USAGE);
		cl.setParameterExceptionHandler((ex, a) -> {
			ex.getCommandLine().getErr().println("portolan: " + ex.getMessage());
			ex.getCommandLine().usage(ex.getCommandLine().getErr());
			return USAGE;
		});
		cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
			commandLine.getErr().println("portolan: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
			return USAGE;
		});
		int code = cl.execute(args);
		out.flush();
		err.flush();
		return code;
	}
}
