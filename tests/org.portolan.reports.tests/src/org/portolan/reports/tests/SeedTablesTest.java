package org.portolan.reports.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.reports.PortolanReports;
import org.portolan.reports.ReportFormat;
import org.portolan.reports.ReportWriter;
import org.portolan.tests.support.Models;

/**
 * The generated XLSX reports of the bundled seed examples hold the rows of the seed tables: the Lync Server 2013
 * scaled Edge example (examples/12) against seed 003's external and internal interface firewall summaries, the SfB
 * 2015 pools example (examples/13) against seed 004's hardware load balancer port tables. Expected rows are built from
 * the seed CSV rows (protocol, TCP/UDP, port, direction) and the example's addresses; the workbook is read back
 * through fastexcel-reader.
 */
class SeedTablesTest {

	/** Edge node: public address per external service interface, internal interface address. */
	record Edge(String access, String webconf, String av, String internal) {
	}

	static final List<Edge> EDGES = List.of(new Edge("131.107.155.10", "131.107.155.11", "131.107.155.12", "10.45.16.10"),
			new Edge("131.107.155.20", "131.107.155.21", "131.107.155.22", "10.45.16.20"));
	static final String FRONT_END = "10.0.1.10";

	/**
	 * Seed rows the flow analysis does not derive for this example, with the reason; every other row of the two seed
	 * tables must be in the report. Empty: every row of seed 003's two firewall summaries is derived from what
	 * examples/12 states — OCS 2007 federation media (003 L110-127) from the federated partner marked
	 * {@code version "OCS 2007"}, STUN/MSTURN from any host (003 L134-145 any external host, L204-215 any internal
	 * host) unconditionally as the seed lists them, Centralized Logging Service (003 L222-239) from the deployment
	 * feature {@code centralizedLogging}. A row added here must say why a model cannot state its condition, and
	 * docs/reports.md "Known limits" must list it.
	 */
	static final Map<String, String> NOT_DERIVED = Map.of();

	static List<List<String>> sheet(Path xlsx, String name) throws IOException {
		try (ReadableWorkbook wb = new ReadableWorkbook(xlsx.toFile())) {
			Sheet sheet = wb.findSheet(name).orElseThrow(() -> new AssertionError("no worksheet " + name + " in " + xlsx));
			List<List<String>> rows = new ArrayList<>();
			for (Row row : sheet.read()) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getCellCount(); i++) {
					cells.add(row.getCellText(i));
				}
				rows.add(cells);
			}
			return rows;
		}
	}

	static Path writeXlsx(String example, Path out) throws IOException {
		var analysis = PortolanReports.analyze(Models.load(Models.example(example)));
		PortolanReports.write(analysis, null, List.of(ReportFormat.XLSX), out, null);
		return out;
	}

	/** The port cell of a seed row in the report's form ("50000-59999", "5269"). */
	static String seedTraffic(Map<String, String> seed) {
		return "/" + seed.get("transport") + "/" + seed.get("ports");
	}

	static boolean hasRow(List<List<String>> rows, String app, String trafficSuffix, String source, String destination) {
		for (List<String> r : rows.subList(1, rows.size())) {
			String traffic = r.get(1);
			if (traffic.endsWith(trafficSuffix) && traffic.contains(app) && r.get(2).equals(source)
					&& r.get(4).equals(destination)) {
				return true;
			}
		}
		return false;
	}

	/** The external address of the Edge service a seed role names. */
	static String serviceAddress(String role, Edge e) {
		if (role.contains("A/V")) {
			return e.av();
		}
		if (role.contains("Web Conferencing")) {
			return e.webconf();
		}
		return e.access(); // Access Edge and the XMPP proxy, which shares the Access Edge address
	}

	@Test
	void lyncEdgeExternalInterfaceMatchesSeed003(@TempDir Path out) throws IOException {
		List<List<String>> rows = sheet(writeXlsx("12-", out).resolve(ReportWriter.FIREWALL_XLSX), "external-fw");
		assertEquals(List.of("Interface", "Role/Protocol/TCP-UDP/Port", "Source IP address", "Source",
				"Destination IP address", "Destination", "Note"), rows.get(0), "seed columns plus names and interface");
		int checked = 0;
		for (Map<String, String> seed : SeedTables.seed("003_lync2013_edge_external_interface.csv")) {
			if (NOT_DERIVED.containsKey(seed.get("source_lines"))) {
				continue;
			}
			boolean inbound = seed.get("to_role").startsWith("Edge");
			String app = seed.get("app_protocol");
			for (Edge e : EDGES) {
				String edge = serviceAddress(inbound ? seed.get("to_role") : seed.get("from_role"), e);
				String src = inbound ? "Any" : edge, dst = inbound ? edge : "Any";
				assertTrue(hasRow(rows, app, seedTraffic(seed), src, dst), "seed 003 L" + seed.get("source_lines") + " "
						+ app + seedTraffic(seed) + " " + src + " -> " + dst + " in the external-fw worksheet: " + rows);
				checked++;
			}
		}
		assertEquals(2 * (17 - NOT_DERIVED.size()), checked, "17 seed rows for each of the two Edge nodes");
	}

	@Test
	void lyncEdgeInternalInterfaceMatchesSeed003(@TempDir Path out) throws IOException {
		List<List<String>> rows = sheet(writeXlsx("12-", out).resolve(ReportWriter.FIREWALL_XLSX), "internal-fw");
		int checked = 0;
		for (Map<String, String> seed : SeedTables.seed("003_lync2013_edge_internal_interface.csv")) {
			if (NOT_DERIVED.containsKey(seed.get("source_lines"))) {
				continue;
			}
			boolean toEdge = seed.get("to_role").startsWith("Edge");
			// the seed's "Any (Front End ...)" is the Front End server of the example; a plain "Any" is any internal host
			String peer = seed.get("from_role").equals("Any") ? "Any" : FRONT_END;
			for (Edge e : EDGES) {
				String src = toEdge ? peer : e.internal(), dst = toEdge ? e.internal() : FRONT_END;
				assertTrue(hasRow(rows, seed.get("app_protocol"), seedTraffic(seed), src, dst), "seed 003 L"
						+ seed.get("source_lines") + " " + seedTraffic(seed) + " " + src + " -> " + dst + ": " + rows);
				checked++;
			}
		}
		assertEquals(2 * 11, checked, "11 seed rows for each of the two Edge nodes");
		assertFalse(rows.stream().anyMatch(r -> r.get(2).startsWith("131.107.")),
				"no public (NAT) address on the internal firewall");
	}

	/** Seed 004 HLB rows: (load balancer role, protocol, port) against the VIP of the example that serves it. */
	static void assertHlbRows(List<List<String>> rows, String seedFile, Map<String, String> vipByRole, int expected)
			throws IOException {
		int checked = 0;
		for (Map<String, String> seed : SeedTables.seed(seedFile)) {
			String vip = vipByRole.get(seed.get("to_role"));
			if (vip == null) {
				continue;
			}
			boolean found = rows.stream().skip(1).anyMatch(r -> r.get(1).equals(vip) && r.get(6).equals(seed.get("transport"))
					&& r.get(7).equals(seed.get("ports")) && r.get(5).equals(seed.get("app_protocol")));
			assertTrue(found, seedFile + " line " + seed.get("source_lines") + ": " + seed.get("app_protocol") + " "
					+ seed.get("transport") + " " + seed.get("ports") + " on " + vip + " in " + rows);
			checked++;
		}
		assertEquals(expected, checked, "seed rows compared");
	}

	@Test
	void sfbHardwareLoadBalancerPortsMatchSeed004(@TempDir Path out) throws IOException {
		List<List<String>> rows = sheet(writeXlsx("13-", out).resolve(ReportWriter.REPORTS_XLSX), "load-balancer-ports");
		assertEquals(List.of("Load balancer", "Virtual IP", "VIP address", "VIP FQDN", "Pools", "Protocol", "TCP/UDP",
				"Port", "Backend port", "Members", "Status"), rows.get(0));
		// HLB only: every Front End row on the HLB-only pool's VIP (Mediation rows: the example has no Mediation pool)
		assertHlbRows(rows, "004_sfb2015_hlb_ports_hlb_only.csv",
				Map.of("Hardware Load Balancer (Front End)", "pool-a-vip",
						"Hardware Load Balancer (Front End pool also running Mediation)", "pool-a-vip"),
				15);
		assertTrue(rows.stream().anyMatch(r -> r.get(1).equals("pool-a-vip") && r.get(9).equals("fe1, fe2")),
				"the members behind the VIP are named");
	}

	@Test
	void sfbDnsLoadBalancedPoolsBalanceOnlyWebServicesAsSeed004(@TempDir Path out) throws IOException {
		List<List<String>> rows = sheet(writeXlsx("13-", out).resolve(ReportWriter.REPORTS_XLSX), "load-balancer-ports");
		List<Map<String, String>> seed = SeedTables.seed("004_sfb2015_hlb_ports_with_dns_lb.csv");
		Set<String> roles = new java.util.TreeSet<>();
		seed.forEach(s -> roles.add(s.get("to_role")));
		Map<String, String> vips = new java.util.HashMap<>();
		for (String role : roles) {
			if (role.contains("Director")) {
				vips.put(role, "dir-web");
			} else if (role.contains("Front End") && !role.contains("Mediation")) {
				vips.put(role, "pool-b-web");
			}
		}
		int expected = (int) seed.stream().filter(s -> vips.containsKey(s.get("to_role"))).count();
		assertTrue(expected >= 4, "the seed table has Front End and Director rows: " + roles);
		assertHlbRows(rows, "004_sfb2015_hlb_ports_with_dns_lb.csv", vips, expected);
		assertFalse(rows.stream().anyMatch(r -> r.get(1).equals("pool-b-web") && r.get(7).equals("5061")),
				"with DNS load balancing SIP is not on the hardware load balancer");
	}

	@Test
	void sfbIpsecExceptionsMatchSeed004(@TempDir Path out) throws IOException {
		List<List<String>> rows = sheet(writeXlsx("15-", out).resolve(ReportWriter.REPORTS_XLSX), "ipsec-exceptions");
		assertEquals(List.of("Server", "Rule name", "Direction", "Local address", "Protocol", "Local port", "Remote port",
				"Media ports of the flows", "Authentication", "Exempted", "Source"), rows.get(0));
		// the example has an Edge with an internal interface only, a Mediation Server and a Front End (A/V Conferencing)
		Map<String, String> serverByRule = Map.of("A/V Edge Server Internal", "edge1", "Mediation Server", "med1",
				"A/V Conferencing", "fe1");
		int checked = 0;
		for (Map<String, String> seed : SeedTables.seed("004_sfb2015_ipsec_exceptions.csv")) {
			String rule = seed.get("service_name");
			String direction = seed.get("direction").equals("inbound") ? "Inbound" : "Outbound";
			String base = rule.substring(0, rule.length() - direction.length()).trim();
			String server = serverByRule.get(base);
			if (server == null) {
				continue;
			}
			assertEquals("Do not authenticate", seed.get("default_auth"));
			boolean found = rows.stream().skip(1).anyMatch(r -> r.get(0).equals(server) && r.get(1).equals(rule)
					&& r.get(2).equals(direction) && r.get(4).equals("UDP and TCP") && r.get(5).equals("Any")
					&& r.get(6).equals("Any") && r.get(8).equals(seed.get("default_auth")));
			assertTrue(found, "seed 004 L" + seed.get("source_lines") + " '" + rule + "' on " + server + ": " + rows);
			checked++;
		}
		assertEquals(6, checked, "inbound and outbound for the three media roles of the example");
		assertEquals(6, rows.size() - 1, "no exception for a role the example does not have");
	}
}
