package org.portolan.cli.jar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The self-contained jar runs the CLI with nothing else on the class path, on the bundled examples. */
class CliJarIT {

	static final Path JAR = Path.of(System.getProperty("portolan.cli.jar"));
	static final Path REPO = Path.of(System.getProperty("portolan.repo")).toAbsolutePath().normalize();

	record Run(int code, String out, String err) {
	}

	static Run run(String... args) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-jar", JAR.toString()));
		cmd.addAll(List.of(args));
		Path out = Files.createTempFile("cli", ".out"), err = Files.createTempFile("cli", ".err");
		Process p = new ProcessBuilder(cmd).directory(REPO.toFile()).redirectOutput(out.toFile())
				.redirectError(err.toFile()).start();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the CLI finishes");
		return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
				Files.readString(err, StandardCharsets.UTF_8));
	}

	@Test
	void validatesEveryBundledExample() throws Exception {
		Run r = run("validate", "--quiet", "examples");
		boolean errors = r.out().lines().anyMatch(l -> l.contains(": error "));
		assertEquals(errors ? 1 : 0, r.code(), "exit 1 exactly when an error is printed (default --fail-on error)");
		assertEquals("", r.err(), "--quiet prints nothing on stderr when the input is fine");
		for (String line : r.out().lines().toList()) {
			assertTrue(line.matches("examples/[^:]+\\.portolan:\\d+: (error|warning|info) [A-Z0-9]+(-[A-Z0-9]+)+ .+"), line);
		}
	}

	@Test
	void failsOnInfoWhenAsked() throws Exception {
		Run all = run("validate", "--quiet", "--fail-on", "info", "examples");
		assertEquals(all.out().isBlank() ? 0 : 1, all.code(), all.out());
	}

	@Test
	void writesReportsOfTheEdgeExample(@TempDir Path out) throws Exception {
		Run r = run("report", "examples/12-lync2013-scaled-edge.portolan", "--format", "xlsx,csv,html,md", "--out",
				out.toString());
		assertEquals(0, r.code(), r.err());
		assertTrue(r.err().contains("writing report.html"), "progress on stderr: " + r.err());
		for (String f : List.of("firewall-rules.xlsx", "reports.xlsx", "report.html", "report.md",
				"firewall-external-fw.csv", "firewall-internal-fw.csv", "certificates.csv", "dns-records.csv")) {
			assertTrue(Files.size(out.resolve(f)) > 0, f + " written");
		}
		String csv = Files.readString(out.resolve("firewall-external-fw.csv"), StandardCharsets.UTF_8);
		assertTrue(csv.contains("XMPP/TCP/5269") && csv.contains("131.107.155.10"), csv);
	}

	@Test
	void badInputIsAUsageErrorWithFileAndLine(@TempDir Path dir) throws Exception {
		Path bad = dir.resolve("bad.portolan");
		Files.writeString(bad, "topology t\nzone z kind internal\nserver s { interface lan address }\n");
		Run r = run("validate", bad.toString());
		assertEquals(2, r.code(), r.out() + r.err());
		assertTrue(r.err().contains(bad + ":3: error"), r.err());
		assertEquals(2, run("validate").code(), "no input is a usage error");
		assertEquals(2, run("frobnicate").code(), "unknown command is a usage error");
	}
}
