package org.portolan.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** portolan report: every format on the bundled examples, only inside --out, progress on stderr. */
class ReportCommandTest {

	static List<String> files(Path dir) throws IOException {
		try (Stream<Path> s = Files.walk(dir)) {
			return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
		}
	}

	@Test
	void writesAllFormatsForEveryBundledExample(@TempDir Path dir) throws IOException {
		List<Path> examples;
		try (Stream<Path> s = Files.list(Cli.EXAMPLES)) {
			examples = s.filter(p -> p.toString().endsWith(".portolan")).sorted().toList();
		}
		assertTrue(examples.size() >= 9);
		for (Path example : examples) {
			Path out = dir.resolve("reports").resolve(example.getFileName().toString());
			Cli.Result r = Cli.run("report", "--quiet", example.toString(), "--format", "xlsx,csv", "--format", "html",
					"--format", "md", "--out", out.toString());
			assertEquals(0, r.code(), example + ": " + r);
			List<String> written = files(out);
			for (String f : List.of("reports.xlsx", "firewall-rules.xlsx", "report.html", "report.md", "certificates.csv",
					"port-matrix.csv", "host-firewall.csv", "load-balancer-ports.csv", "ipsec-exceptions.csv",
					"dns-records.csv", "validation.csv")) {
				assertTrue(written.contains(f), example + " wrote " + f + ": " + written);
			}
			assertEquals(written.size(), r.out().lines().count(), "each written file is listed on stdout");
		}
		assertEquals(List.of("reports"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
				"nothing written outside --out");
	}

	@Test
	void progressGoesToStderrAndAFirewallCsvPerFirewall(@TempDir Path out) throws IOException {
		Cli.Result r = Cli.run("report", Cli.EXAMPLES.resolve("12-lync2013-scaled-edge.portolan").toString(), "--format",
				"csv", "--out", out.toString());
		assertEquals(0, r.code(), r.toString());
		assertTrue(r.err().contains("required flows") && r.err().contains("writing firewall-external-fw.csv"), r.err());
		assertTrue(files(out).containsAll(List.of("firewall-external-fw.csv", "firewall-internal-fw.csv")));
		String csv = Files.readString(out.resolve("firewall-internal-fw.csv"));
		assertTrue(csv.lines().anyMatch(l -> l.contains("PSOM(MTLS)/TCP/8057,10.0.1.10,fe1,10.45.16.10,edge1.int")), csv);
	}

	@Test
	void outputFolderThatIsAFileIsAnError(@TempDir Path dir) throws IOException {
		Path file = Files.writeString(dir.resolve("taken"), "x");
		Cli.Result r = Cli.run("report", "--quiet", Cli.model("clean.portolan"), "--format", "md", "--out", file.toString());
		assertEquals(2, r.code(), r.toString());
		assertEquals("x", Files.readString(file));
	}
}
