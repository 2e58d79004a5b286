package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.reports.OutputFolder;
import org.portolan.reports.ReportFormat;
import org.portolan.reports.ReportKind;
import org.portolan.reports.ReportTable;
import org.portolan.reports.ReportWriter;

/** Formula neutralisation in CSV and XLSX, escaping in HTML and Markdown, contained and atomic writes. */
class WriterSafetyTest {

	static final List<String> DANGEROUS = List.of("=HYPERLINK(\"http://evil\",\"x\")", "+SUM(A1:A2)", "-2+3", "@cmd|' /C calc'!A0");
	static final String SCRIPT = "<script>alert('x')</script> & <b>bold</b>";

	static ReportTable table() {
		return new ReportTable("firewall-evil", ReportKind.FIREWALL_RULES, "Firewall <i>evil</i>",
				List.of("Interface", "Role/Protocol/TCP-UDP/Port", "Source IP address", "Source", "Destination IP address"),
				List.of(List.of(DANGEROUS.get(0), DANGEROUS.get(1), DANGEROUS.get(2), DANGEROUS.get(3), SCRIPT)));
	}

	@Test
	void csvCellsStartingWithFormulaCharactersAreNeutralised(@TempDir Path out) throws IOException {
		new ReportWriter(new OutputFolder(out), null).write("t", List.of(table()), ReportFormat.CSV);
		List<List<String>> rows = SeedTables.parseCsv(Files.readString(out.resolve("firewall-evil.csv"), StandardCharsets.UTF_8));
		assertEquals(2, rows.size());
		for (int i = 0; i < 4; i++) {
			assertEquals("'" + DANGEROUS.get(i), rows.get(1).get(i), "cell " + i + " starts with an apostrophe");
		}
		assertEquals(SCRIPT, rows.get(1).get(4), "other text is kept as it is");
	}

	@Test
	void xlsxCellsStartingWithFormulaCharactersAreTextNotFormulas(@TempDir Path out) throws IOException {
		new ReportWriter(new OutputFolder(out), null).write("t", List.of(table()), ReportFormat.XLSX);
		List<List<String>> rows = SeedTablesTest.sheet(out.resolve(ReportWriter.FIREWALL_XLSX), "evil");
		for (int i = 0; i < 4; i++) {
			assertEquals("'" + DANGEROUS.get(i), rows.get(1).get(i));
		}
		try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(out.resolve(ReportWriter.FIREWALL_XLSX).toFile());
				Stream<org.dhatim.fastexcel.reader.Row> stream = wb.getFirstSheet().openStream()) {
			stream.forEach(r -> r.forEach(c -> {
				if (c != null) {
					assertEquals(null, c.getFormula(), "no cell is a formula: " + c.getText());
				}
			}));
		}
	}

	@Test
	void htmlEscapesModelText(@TempDir Path out) throws IOException {
		new ReportWriter(new OutputFolder(out), null).write("<img src=x onerror=alert(1)>", List.of(table()), ReportFormat.HTML);
		Document doc = Jsoup.parse(out.resolve(ReportWriter.HTML).toFile(), "UTF-8");
		assertTrue(doc.select("script").isEmpty(), "no script element");
		assertTrue(doc.select("img").isEmpty() && doc.select("td b").isEmpty() && doc.select("h3 i").isEmpty(),
				"no element from model text");
		Element cell = doc.select("table[data-table=firewall-evil] tbody tr td").get(4);
		assertEquals(SCRIPT, cell.text(), "the text is shown literally");
		assertTrue(doc.title().contains("<img src=x onerror=alert(1)>"));
	}

	@Test
	void markdownEscapesTableBreakingText(@TempDir Path out) throws IOException {
		ReportTable t = new ReportTable("x", ReportKind.VALIDATION, "x", List.of("a", "b"), List.of(List.of("p|q", SCRIPT)));
		new ReportWriter(new OutputFolder(out), null).write("t", List.of(t), ReportFormat.MD);
		String md = Files.readString(out.resolve(ReportWriter.MARKDOWN));
		assertTrue(md.contains("| p\\|q | &lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt; |"), md);
	}

	@Test
	void namesLeavingTheOutputFolderAreRefused(@TempDir Path dir) throws IOException {
		Path out = dir.resolve("out");
		OutputFolder folder = new OutputFolder(out);
		for (String bad : List.of("../escape.csv", "a/../../escape.csv", dir.resolve("escape.csv").toString(), "..", "")) {
			IOException e = assertThrows(IOException.class, () -> folder.write(bad, o -> o.write(1)), bad);
			assertTrue(e.getMessage().contains("refusing") || e.getMessage().contains("empty"), e.getMessage());
		}
		Files.createDirectories(dir.resolve("elsewhere"));
		Files.createSymbolicLink(out.resolve("link"), dir.resolve("elsewhere"));
		assertThrows(IOException.class, () -> folder.write("link/escape.csv", o -> o.write(1)));
		assertFalse(Files.exists(dir.resolve("escape.csv")) || Files.exists(dir.resolve("elsewhere/escape.csv")),
				"nothing written outside");
		folder.write("sub/ok.csv", o -> o.write('k'));
		assertEquals("k", Files.readString(out.resolve("sub/ok.csv")));
	}

	@Test
	void aFailedWriteLeavesTheExistingReportIntactAndNoTemporaryFile(@TempDir Path out) throws IOException {
		OutputFolder folder = new OutputFolder(out);
		folder.write("report.html", o -> o.write("old complete report".getBytes(StandardCharsets.UTF_8)));
		IOException e = assertThrows(IOException.class, () -> folder.write("report.html", o -> {
			o.write("new half".getBytes(StandardCharsets.UTF_8));
			throw new IOException("disk full");
		}));
		assertEquals("disk full", e.getMessage());
		assertEquals("old complete report", Files.readString(out.resolve("report.html")));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("report.html"), files.map(p -> p.getFileName().toString()).toList(),
					"the temporary file is removed");
		}
	}

	@Test
	void whileWritingTheFinalNameHoldsTheOldReport(@TempDir Path out) throws IOException {
		OutputFolder folder = new OutputFolder(out);
		folder.write("r.csv", o -> o.write("v1".getBytes(StandardCharsets.UTF_8)));
		folder.write("r.csv", o -> {
			o.write("v2".getBytes(StandardCharsets.UTF_8));
			o.flush();
			// a reader opening the report now sees the previous complete version
			assertEquals("v1", Files.readString(out.resolve("r.csv")));
		});
		assertEquals("v2", Files.readString(out.resolve("r.csv")));
	}
}
