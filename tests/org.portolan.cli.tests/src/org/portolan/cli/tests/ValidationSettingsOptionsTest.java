package org.portolan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** portolan validate --severity RULE=LEVEL, --settings FILE, --go-live DATE (the workbench preferences' keys). */
class ValidationSettingsOptionsTest {

	private static final String EDGE = "edge-missing-rule.portolan";

	private static List<String> lines(Cli.Result r, String ruleId) {
		return r.out().lines().filter(l -> l.contains(" " + ruleId + " ")).toList();
	}

	@Test
	void severityIgnoreDropsTheRulesFindings() {
		Cli.Result plain = Cli.run("validate", "--quiet", Cli.model(EDGE));
		assertFalse(lines(plain, "FW-PORT-001").isEmpty(), plain.toString());
		Cli.Result ignored = Cli.run("validate", "--quiet", "--severity", "FW-PORT-001=ignore", Cli.model(EDGE));
		assertEquals(List.of(), lines(ignored, "FW-PORT-001"), ignored.toString());
		// the other findings stay
		assertEquals(plain.out().lines().filter(l -> !l.contains(" FW-PORT-001 ")).toList(), ignored.out().lines().toList());
	}

	@Test
	void severityOverrideChangesTheLevelAndTheExitCode() {
		Cli.Result plain = Cli.run("validate", "--quiet", Cli.model(EDGE));
		List<String> errors = plain.out().lines().filter(l -> l.contains(": error ")).toList();
		assertTrue(!errors.isEmpty() && errors.stream().allMatch(l -> l.contains(" FW-PORT-001 ")),
				"only FW-PORT-001 errors in the fixture: " + plain);
		Cli.Result warning = Cli.run("validate", "--quiet", "--severity", "FW-PORT-001=Warning", Cli.model(EDGE));
		assertEquals(errors.size(), lines(warning, "FW-PORT-001").size());
		assertTrue(lines(warning, "FW-PORT-001").stream().allMatch(l -> l.contains(": warning FW-PORT-001 ")), warning.toString());
		assertEquals(0, warning.code(), "no error left at --fail-on error: " + warning);
	}

	@Test
	void settingsFileWithPreferenceKeysAndCommandLineWinning(@TempDir Path dir) throws IOException {
		Path prefs = dir.resolve("org.portolan.validation.prefs");
		Files.writeString(prefs, "eclipse.preferences.version=1\nseverity.FW-PORT-001=info\nseverity.FW-PORT-002=ignore\n");
		Cli.Result r = Cli.run("validate", "--quiet", "--settings", prefs.toString(), Cli.model(EDGE));
		assertEquals(0, r.code(), r.toString());
		assertTrue(!lines(r, "FW-PORT-001").isEmpty() && lines(r, "FW-PORT-001").stream().allMatch(l -> l.contains(": info ")), r.toString());
		assertEquals(List.of(), lines(r, "FW-PORT-002"));
		Cli.Result both = Cli.run("validate", "--quiet", "--settings", prefs.toString(), "--severity", "FW-PORT-001=error", Cli.model(EDGE));
		assertEquals(1, both.code(), "--severity wins over the file: " + both);
	}

	@Test
	void goLiveDateIsUsedWhenTheTopologyStatesNone(@TempDir Path dir) throws IOException {
		Path model = dir.resolve("cert.portolan");
		Files.writeString(model, "topology cert.test \"A certificate and no go-live date\"\n"
				+ "certificate web subject-cn \"mail.contoso.com\" issuer-kind public not-before \"2025-01-01\" not-after \"2026-06-30\"\n");
		Cli.Result without = Cli.run("validate", "--quiet", "--fail-on", "info", model.toString());
		assertEquals(List.of(), lines(without, "CERT-VALID-001"), without.toString());
		Cli.Result with = Cli.run("validate", "--quiet", "--go-live", "2026-12-01", model.toString());
		assertEquals(1, lines(with, "CERT-VALID-001").size(), with.toString());
		String line = lines(with, "CERT-VALID-001").get(0);
		assertTrue(line.startsWith(model + ":2: error CERT-VALID-001 ") && line.contains("expired by the planned go-live date 2026-12-01")
				&& line.contains("from the validation settings"), line);
		Path prefs = dir.resolve("settings.properties");
		Files.writeString(prefs, "goLiveDate=2026-12-01\n");
		Cli.Result file = Cli.run("validate", "--quiet", "--settings", prefs.toString(), model.toString());
		assertEquals(with.out(), file.out());
		// the topology's own date wins
		Files.writeString(model, "topology cert.test \"A certificate\"\ngo-live \"2026-03-01\"\n"
				+ "certificate web subject-cn \"mail.contoso.com\" issuer-kind public not-before \"2025-01-01\" not-after \"2026-06-30\"\n");
		Cli.Result own = Cli.run("validate", "--quiet", "--fail-on", "info", "--go-live", "2026-12-01", model.toString());
		assertEquals(List.of(), lines(own, "CERT-VALID-001"), own.toString());
	}

	@Test
	void badSettingsAreUsageErrors(@TempDir Path dir) throws IOException {
		Path unknownKey = dir.resolve("a.properties");
		Files.writeString(unknownKey, "severity.NO-SUCH-001=ignore\n");
		Path badLevel = dir.resolve("b.properties");
		Files.writeString(badLevel, "severity.FW-PORT-001=fatal\n");
		for (List<String> args : List.of(List.of("--severity", "NO-SUCH-RULE=ignore"), List.of("--severity", "FW-PORT-001=fatal"),
				List.of("--severity", "FW-PORT-001"), List.of("--go-live", "1.12.2026"), List.of("--settings", unknownKey.toString()),
				List.of("--settings", badLevel.toString()), List.of("--settings", dir.resolve("missing.properties").toString()))) {
			List<String> all = new java.util.ArrayList<>(List.of("validate", "--quiet"));
			all.addAll(args);
			all.add(Cli.model(EDGE));
			Cli.Result r = Cli.run(all.toArray(String[]::new));
			assertEquals(2, r.code(), args + ": " + r);
			assertEquals("", r.out(), args + ": nothing validated");
			assertFalse(r.err().isBlank(), args + ": a message");
		}
	}
}
