package org.portolan.cli;

import java.nio.file.Path;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Where a command that writes files puts them and what it tells on the way (shared by {@code report} and
 * {@code diagram}): the output folder, and progress on stderr unless {@code --quiet}.
 */
final class OutputOptions {

	@Spec(Spec.Target.MIXEE)
	CommandSpec spec;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if needed)")
	Path out;

	@Option(names = { "-q", "--quiet" }, description = "no progress on stderr")
	boolean quiet;

	/** stdout and stderr of the command, progress silenced by {@code --quiet}. */
	Console console() {
		return new Console(spec.commandLine().getOut(), spec.commandLine().getErr(), quiet);
	}

	/** Prints the written files, one a line, on stdout; the exit code of a successful run. */
	static int written(Console console, List<Path> files) {
		for (Path p : files) {
			console.out.println(p);
		}
		console.out.flush();
		return PortolanCli.OK;
	}
}
