package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;
import org.portolan.reports.ReportWriter;
import org.portolan.tests.support.Models;

/** The HTML report embeds the topology diagram (inline SVG, linked from the index). */
class HtmlDiagramTest {

	@Test
	void htmlReportEmbedsTheTopologyDiagram(@TempDir Path out) throws IOException {
		var analysis = PortolanReports.analyze(Models.load(Models.example("12-")));
		PortolanReports.write(analysis, e -> "x:1", List.of(ReportFormat.HTML), out, null);
		String html = Files.readString(out.resolve(ReportWriter.HTML));
		assertFalse(html.contains("<?xml"), "inline SVG has no XML declaration");
		Document doc = Jsoup.parse(html);
		Element section = doc.getElementById("diagram");
		assertNotNull(section, "diagram section");
		assertNotNull(doc.selectFirst("nav#index a[href=#diagram]"), "linked from the index");
		Element svg = section.selectFirst("svg.portolan-diagram");
		assertNotNull(svg, "inline SVG");
		assertEquals(1, svg.select("g[data-id=server:edge1]").size());
		assertTrue(svg.selectFirst("g[data-id=server:edge1]").text().contains("edge1.contoso.net"));
		assertEquals(1, svg.select("g[data-id=zone:perimeter]").size());
		assertTrue(doc.select("script").isEmpty(), "no script in the page");
	}

	@Test
	void otherFormatsDoNotCarryTheDiagram(@TempDir Path out) throws IOException {
		var analysis = PortolanReports.analyze(Models.load(Models.example("12-")));
		PortolanReports.write(analysis, e -> "x:1", List.of(ReportFormat.MD), out, null);
		assertFalse(Files.readString(out.resolve(ReportWriter.MARKDOWN)).contains("<svg"));
	}
}
