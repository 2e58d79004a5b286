package org.portolan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** portolan validate: output lines, exit codes 0/1/2, --fail-on, --quiet, progress on stderr. */
class ValidateCommandTest {

	static final String LINE = "[^:]+\\.portolan:\\d+: (error|warning|info) [A-Z0-9]+(-[A-Z0-9]+)+ .+";

	@Test
	void cleanTopologyExitsZero() {
		Cli.Result r = Cli.run("validate", "--fail-on", "info", Cli.model("clean.portolan"));
		assertEquals(0, r.code(), r.toString());
		assertEquals("", r.out(), "no finding printed");
		assertTrue(r.err().contains("portolan: validating"), "progress on stderr: " + r);
	}

	@Test
	void missingFirewallRuleExitsOneWithFileLineSeverityRuleAndMessage() throws IOException {
		Cli.Result r = Cli.run("validate", Cli.model("edge-missing-rule.portolan"));
		assertEquals(1, r.code(), r.toString());
		List<String> lines = r.out().lines().toList();
		assertTrue(lines.stream().allMatch(l -> l.matches(LINE)), r.out());
		int fwLine = lineOf(Cli.MODELS.resolve("edge-missing-rule.portolan"), "firewall external-fw");
		String expectedStart = Cli.model("edge-missing-rule.portolan") + ":" + fwLine + ": error FW-PORT-001 ";
		assertTrue(lines.stream().anyMatch(l -> l.startsWith(expectedStart) && l.contains("SIP TCP port(s) 443")
				&& l.contains("remote-users")), "the missing client SIP/TLS 443 rule is reported on the firewall's line "
						+ fwLine + ":\n" + r.out());
		assertFalse(r.out().contains("[FW-PORT-001]"), "the rule id is not repeated in the message");
	}

	static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(text + " not in " + file);
	}

	@Test
	void failOnChoosesTheSeverityThatFails() {
		Cli.Result all = Cli.run("validate", "--quiet", "--fail-on", "info", Cli.model("edge-missing-rule.portolan"));
		assertEquals(1, all.code());
		// only warnings and infos below errors: a model with warnings but no errors passes at --fail-on error
		Cli.Result examples = Cli.run("validate", "--quiet", "--fail-on", "error", Cli.EXAMPLES.resolve("13-sfb2015-frontend-pools-hlb.portolan").toString());
		boolean errors = examples.out().lines().anyMatch(l -> l.contains(": error "));
		assertEquals(errors ? 1 : 0, examples.code(), examples.toString());
		Cli.Result warn = Cli.run("validate", "--quiet", "--fail-on", "warning", Cli.model("edge-missing-rule.portolan"));
		assertEquals(1, warn.code());
	}

	@Test
	void quietPrintsNoProgress() {
		Cli.Result r = Cli.run("validate", "--quiet", Cli.model("clean.portolan"));
		assertEquals(0, r.code());
		assertEquals("", r.err());
	}

	@Test
	void syntaxErrorIsAnInputErrorWithFileAndLine() {
		Cli.Result r = Cli.run("validate", "--quiet", Cli.model("broken.portolan"));
		assertEquals(2, r.code(), r.toString());
		assertTrue(r.err().contains(Cli.model("broken.portolan") + ":3: error "), r.toString());
		assertEquals("", r.out(), "nothing validated");
	}

	static Stream<List<String>> usageErrors() {
		return Stream.of(List.of(), List.of("validate"), List.of("frobnicate"), List.of("validate", "--fail-on", "fatal", "x.portolan"),
				List.of("validate", "--no-such-option", "x.portolan"), List.of("validate", "does-not-exist.portolan"),
				List.of("validate", "META-INF/MANIFEST.MF"), List.of("report", "x.portolan", "--format", "pdf", "--out", "o"),
				List.of("report", "x.portolan"));
	}

	@ParameterizedTest
	@MethodSource("usageErrors")
	void usageAndInputErrorsExitTwo(List<String> args) {
		Cli.Result r = Cli.run(args.toArray(String[]::new));
		assertEquals(2, r.code(), args + ": " + r);
		assertFalse(r.err().isBlank(), "a message on stderr");
	}

	@Test
	void folderIsSearchedForPortolanFiles(@TempDir Path dir) throws IOException {
		Files.copy(Cli.MODELS.resolve("clean.portolan"), dir.resolve("a.portolan"));
		Files.createDirectories(dir.resolve("sub"));
		Files.copy(Cli.MODELS.resolve("edge-missing-rule.portolan"), dir.resolve("sub/b.portolan"));
		Files.writeString(dir.resolve("notes.txt"), "not a model");
		Cli.Result r = Cli.run("validate", dir.toString());
		assertEquals(1, r.code(), r.toString());
		assertTrue(r.out().lines().allMatch(l -> l.startsWith(dir.resolve("sub/b.portolan").toString() + ":")), r.out());
		assertTrue(r.err().contains("2 topologies"), r.err());
	}
}
