package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;
import org.portolan.reports.ReportKind;
import org.portolan.reports.ReportWriter;
import org.portolan.tests.support.Models;

/** The combined HTML report of the Lync Edge example: navigable index, every report, concrete rows. */
class HtmlReportTest {

	@Test
	void combinedReportHasAnIndexWhoseLinksAllResolve(@TempDir Path out) throws IOException {
		var analysis = PortolanReports.analyze(Models.load(Models.example("12-")));
		PortolanReports.write(analysis, e -> "x:1", List.of(ReportFormat.HTML), out, null);
		Document doc = Jsoup.parse(out.resolve(ReportWriter.HTML).toFile(), "UTF-8");
		List<Element> links = doc.select("nav#index a[href^=#]");
		assertTrue(links.size() >= ReportKind.values().length, "index links: " + links.size());
		for (Element a : links) {
			String id = a.attr("href").substring(1);
			assertFalse(doc.getElementById(id) == null, "index target #" + id + " exists");
		}
		for (ReportKind kind : ReportKind.values()) {
			assertTrue(doc.select("nav#index > ul > li > a").eachText().contains(kind.title()), kind.title() + " in the index");
		}
		// seed 003 L80-85: client SIP over TLS 443 from any host to each Access Edge public address
		Element table = doc.selectFirst("table[data-table=firewall-external-fw]");
		assertTrue(table.select("tbody tr").stream().anyMatch(tr -> tr.child(1).text().endsWith("SIP(TLS)/TCP/443")
				&& tr.child(2).text().equals("Any") && tr.child(4).text().equals("131.107.155.10")
				&& tr.child(6).text().contains("003 L80-85")), "Access Edge SIP/TLS 443 row with its citation");
		// certificates: the external Edge certificate names the three external edge FQDNs, from a public CA
		Element certs = doc.selectFirst("table[data-table=certificates]");
		Element edgeExternal = certs.select("tbody tr").stream()
				.filter(tr -> tr.child(0).text().equals("edge1") && tr.child(1).text().equals("external")).findFirst()
				.orElseThrow();
		assertEquals("sip.contoso.com", edgeExternal.child(2).text());
		assertTrue(edgeExternal.child(3).text().contains("webconf.contoso.com")
				&& edgeExternal.child(3).text().contains("av.contoso.com"), edgeExternal.text());
		assertFalse(edgeExternal.child(3).text().contains("edgepool.contoso.net"), "the internal name is not on the external certificate");
		assertTrue(edgeExternal.child(5).text().startsWith("public CA"));
		// DNS: the SRV record external clients use to find the Access Edge
		Element dns = doc.selectFirst("table[data-table=dns-records]");
		List<Element> srv = dns.select("tbody tr").stream().filter(tr -> tr.child(1).text().equals("SRV")
				&& tr.child(2).text().equals("_sip._tls.contoso.com")).toList();
		assertEquals(1, srv.size(), "one SRV record for the Edge pool: " + dns.text());
		assertEquals("sip.contoso.com", srv.get(0).child(3).text());
		assertEquals("443", srv.get(0).child(4).text());
		assertEquals("edge1, edge2", srv.get(0).child(6).text(), "both pool members serve it");
		assertTrue(dns.select("tbody tr").stream().anyMatch(tr -> tr.child(1).text().equals("A")
				&& tr.child(2).text().equals("sip.contoso.com") && tr.child(3).text().equals("131.107.155.10")), dns.text());
	}
}
