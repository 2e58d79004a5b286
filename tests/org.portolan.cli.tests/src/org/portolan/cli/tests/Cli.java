package org.portolan.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.portolan.cli.PortolanCli;

/** Runs the CLI in-process and captures stdout, stderr and the exit code. */
final class Cli {

	record Result(int code, String out, String err) {
		@Override
		public String toString() {
			return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	static final Path MODELS = Path.of("resources/models").toAbsolutePath();
	static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

	static String model(String name) {
		return MODELS.resolve(name).toString();
	}

	static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int code = PortolanCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private Cli() {
	}
}
