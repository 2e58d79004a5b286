package org.portolan.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.CatalogRegistry;
import org.portolan.model.Catalog;
import org.portolan.model.CatalogEntry;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.RoleDefinition;
import org.portolan.model.SourceReference;
import org.portolan.model.Transport;

/**
 * Completeness of the shipped catalogs, proven against the domain port tables (a copy in
 * resources/ports, the test oracle): every row of the 23 CSVs is covered by a catalog entry with the
 * same roles (source role values mapped to catalog roles through the role aliases, or through the
 * role vocabulary's canonical role), transport, ports and, when the row states it, interface side; and
 * no catalog entry lacks a source.
 */
class CatalogCoverageTest {

	/** Oracle size stated by the domain README (section 1.1). */
	private static final int CSV_FILES = 23, CSV_ROWS = 727;

	/** CSV 'product' value -> catalogs whose roles it may name (the product's own catalog first). */
	private static final Map<String, List<String>> SCOPE = new LinkedHashMap<>();
	static {
		SCOPE.put("Windows Server", List.of("windows", "exchange2003", "common"));
		SCOPE.put("Exchange Server 2000 / Exchange Server 2003", List.of("exchange2003", "windows", "common"));
		SCOPE.put("Exchange Server 2003", List.of("exchange2003", "windows", "common"));
		SCOPE.put("Exchange Server 2010", List.of("exchange2010", "windows", "common"));
		SCOPE.put("Office Communications Server 2007 R2", List.of("ocs2007r2", "windows", "common"));
		SCOPE.put("Office Communications Server 2007", List.of("ocs2007", "windows", "common"));
		SCOPE.put("Lync Server 2013", List.of("lync2013", "windows", "common"));
		SCOPE.put("Skype for Business Server 2015", List.of("sfb2015", "windows", "common"));
	}

	private static CatalogRegistry registry;
	private static List<Csv.Row> rows;
	private static Map<String, List<String>> canonical;
	private static Map<String, Csv.Row> resolutions;

	@BeforeAll
	static void load() throws IOException {
		registry = new CatalogLoader().withShippedCatalogs().load();
		rows = new ArrayList<>();
		for (String file : Csv.resource("ports/files.txt").split("\\R")) {
			if (!file.isBlank()) {
				rows.addAll(Csv.read("ports", file.trim()));
			}
		}
		canonical = new HashMap<>();
		for (Csv.Row r : Csv.read("ports", "role_vocabulary.csv")) {
			canonical.put(r.get("role_value"), Arrays.asList(r.get("canonical_role").split(";")));
		}
		resolutions = new HashMap<>();
		for (Csv.Row r : Csv.read("", "ambiguity-resolutions.csv")) {
			resolutions.put(r.get("csv_file") + ":" + r.get("csv_line"), r);
		}
	}

	@Test
	void shippedCatalogsLoadWithoutErrors() {
		assertEquals(List.of(), registry.getErrors().stream().map(Object::toString).collect(Collectors.toList()));
	}

	@Test
	void oracleIsComplete() {
		assertEquals(CSV_FILES, rows.stream().map(r -> r.file).distinct().count(), "port tables in resources/ports");
		assertEquals(CSV_ROWS, rows.size(), "rows in the 23 port tables");
		Set<String> unknown = new TreeSet<>();
		for (Csv.Row r : rows) {
			for (String column : List.of("from_role", "to_role")) {
				if (!canonical.containsKey(r.get(column))) {
					unknown.add(r + " " + r.get(column));
				}
			}
		}
		assertEquals(Set.of(), unknown, "role values missing from role_vocabulary.csv");
	}

	@Test
	void everyRowIsCoveredByACatalogEntry() {
		List<String> uncovered = new ArrayList<>();
		int covered = 0;
		for (Csv.Row row : rows) {
			String why = coverage(row);
			if (why == null) {
				covered++;
			} else {
				uncovered.add(row + ": " + row.get("from_role") + " -> " + row.get("to_role") + " " + row.get("transport") + " "
						+ row.get("ports") + ": " + why);
			}
		}
		if (!uncovered.isEmpty()) {
			fail(uncovered.size() + " of " + rows.size() + " rows not covered (" + covered + " covered):\n" + String.join("\n", uncovered));
		}
		assertEquals(rows.size(), covered);
	}

	@Test
	void noCatalogEntryLacksASource() {
		List<String> missing = new ArrayList<>();
		Pattern lines = Pattern.compile("\\d+(-\\d+)?(;\\d+(-\\d+)?)*");
		for (CatalogEntry e : registry.getEntries()) {
			SourceReference s = e.getSource();
			if (s == null || s.getDocument() == null || s.getDocument().isBlank() || s.getLines() == null
					|| !lines.matcher(s.getLines()).matches()) {
				missing.add(registry.locationOf(e));
			}
		}
		assertEquals(List.of(), missing);
		assertTrue(registry.getEntries().size() > 0);
	}

	@Test
	void everyAmbiguityResolutionIsRecordedNextToItsEntry() {
		// the entry that covers a resolved row says in its note which README item it resolves
		List<String> unrecorded = new ArrayList<>();
		for (Csv.Row res : resolutions.values()) {
			Csv.Row row = rows.stream().filter(r -> r.file.equals(res.get("csv_file")) && r.line == Integer.parseInt(res.get("csv_line")))
					.findFirst().orElseThrow(() -> new AssertionError("resolution for unknown row " + res.get("csv_file") + ":" + res.get("csv_line")));
			String marker = "§" + res.get("readme_item");
			List<CatalogEntry> entries = coveringEntries(row);
			if (entries.isEmpty() || entries.stream().noneMatch(e -> e.getNote() != null && e.getNote().contains(marker))) {
				unrecorded.add(row + " (" + marker + ")");
			}
		}
		assertEquals(List.of(), unrecorded);
	}

	// ------------------------------------------------------------------------------------------ matching

	/** null if covered, else why not. */
	private static String coverage(Csv.Row row) {
		List<String> scope = scope(row);
		Set<RoleDefinition> from = roles(row.get("from_role"), scope);
		Set<RoleDefinition> to = roles(row.get("to_role"), scope);
		if (from.isEmpty()) {
			return "no catalog role for '" + row.get("from_role") + "' in " + scope;
		}
		if (to.isEmpty()) {
			return "no catalog role for '" + row.get("to_role") + "' in " + scope;
		}
		boolean selfFlow = row.get("from_role").equals(row.get("to_role"));
		List<String> missing = new ArrayList<>();
		for (RoleDefinition t : to) {
			for (RoleDefinition f : from) {
				if (f == t && !selfFlow) {
					continue; // e.g. 'front-end / back-end' -> 'DC / back-end': a back-end to itself is not asked for
				}
				if (matching(row, f, t).isEmpty()) {
					missing.add(registry.idOf(f) + " -> " + registry.idOf(t));
				}
			}
		}
		return missing.isEmpty() ? null : "no entry for " + missing;
	}

	private static List<CatalogEntry> coveringEntries(Csv.Row row) {
		List<String> scope = scope(row);
		List<CatalogEntry> all = new ArrayList<>();
		for (RoleDefinition t : roles(row.get("to_role"), scope)) {
			for (RoleDefinition f : roles(row.get("from_role"), scope)) {
				all.addAll(matching(row, f, t));
			}
		}
		return all;
	}

	private static List<CatalogEntry> matching(Csv.Row row, RoleDefinition from, RoleDefinition to) {
		Csv.Row res = resolutions.get(row.file + ":" + row.line);
		String transportText = row.get("transport");
		String portsText = row.get("ports");
		if (res != null) {
			String value = res.get("catalog_value");
			switch (res.get("field")) {
			case "ports":
				portsText = value;
				break;
			case "transport":
				transportText = value;
				break;
			case "transport+ports":
				transportText = value.split(" ")[0];
				portsText = value.split(" ")[1];
				break;
			default:
				throw new AssertionError("unknown field in ambiguity-resolutions.csv: " + res.get("field"));
			}
		}
		Object[] transport = transport(transportText);
		Ports ports = Ports.ofRow(portsText);
		String side = row.get("interface");
		boolean fromAny = "any".equals(kind(from));
		List<CatalogEntry> found = new ArrayList<>();
		for (ListeningEndpoint e : registry.getEndpoints()) {
			if (e.getRole() == to && (fromAny ? e.getInitiators().isEmpty() : e.getInitiators().contains(from))
					&& same(e, transport, ports, side)) {
				found.add(e);
			}
		}
		for (DataPathDefinition p : registry.getDataPaths()) {
			if (p.getFrom() == from && p.getTo() == to && same(p, transport, ports, side)) {
				found.add(p);
			}
		}
		return found;
	}

	private static String kind(RoleDefinition role) {
		return role.getKind() == null ? "" : role.getKind().getLiteral().toLowerCase();
	}

	private static boolean same(CatalogEntry e, Object[] transport, Ports ports, String side) {
		if (e.getTransport() != transport[0]) {
			return false;
		}
		if (transport[0] == Transport.IP_PROTOCOL && !Objects.equals(e.getIpProtocol(), transport[1])) {
			return false;
		}
		if (!side.isEmpty() && !e.getInterfaceSide().getLiteral().equalsIgnoreCase(side)) {
			return false;
		}
		return ports.matches(e.getPorts());
	}

	/** {Transport, ip protocol number or null}. */
	private static Object[] transport(String text) {
		Matcher m = Pattern.compile("(ESP|AH|GRE) \\(IP protocol (\\d+)\\)").matcher(text);
		if (m.matches()) {
			return new Object[] { Transport.IP_PROTOCOL, Integer.valueOf(m.group(2)) };
		}
		switch (text) {
		case "TCP":
			return new Object[] { Transport.TCP, null };
		case "UDP":
			return new Object[] { Transport.UDP, null };
		case "TCP/UDP":
			return new Object[] { Transport.TCP_UDP, null };
		case "ICMP":
			return new Object[] { Transport.ICMP, null };
		case "":
			return new Object[] { Transport.UNSPECIFIED, null };
		default:
			throw new AssertionError("transport '" + text + "' needs a recorded resolution (ambiguity-resolutions.csv)");
		}
	}

	private static List<String> scope(Csv.Row row) {
		String product = row.get("product");
		return SCOPE.entrySet().stream().filter(e -> product.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst()
				.orElseThrow(() -> new AssertionError(row + ": no catalog scope for product '" + product + "'"));
	}

	/**
	 * Catalog roles a source role value stands for: roles of the scope's catalogs that list the value
	 * (or each ';'-separated part) among their aliases; failing that, roles listing the value's canonical
	 * role (role_vocabulary.csv).
	 */
	private static Set<RoleDefinition> roles(String value, List<String> scope) {
		Set<RoleDefinition> found = new LinkedHashSet<>();
		List<String> parts = value.contains(";") ? Arrays.asList(value.split(";")) : List.of(value);
		for (String part : parts) {
			Set<RoleDefinition> byAlias = withAlias(part, scope);
			if (byAlias.isEmpty()) {
				for (String c : canonical.getOrDefault(part, List.of())) {
					byAlias.addAll(withAlias(c, scope));
				}
			}
			if (byAlias.isEmpty()) {
				return Set.of(); // every part must map
			}
			found.addAll(byAlias);
		}
		return found;
	}

	private static Set<RoleDefinition> withAlias(String alias, List<String> scope) {
		Set<RoleDefinition> found = new LinkedHashSet<>();
		for (Catalog c : registry.getCatalogs()) {
			if (scope.contains(c.getName())) {
				for (RoleDefinition r : c.getRoles()) {
					if (r.getAliases().contains(alias)) {
						found.add(r);
					}
				}
			}
		}
		return found;
	}

	/** Normalised port set of a CSV 'ports' cell or a catalog PortSpec. */
	static final class Ports {
		final String kind; // NUM, DYNAMIC_RPC, DYNAMIC, ANY, NA, PHRASE
		final Set<List<Integer>> numbers; // intervals [start, end]
		final String text;

		Ports(String kind, Set<List<Integer>> numbers, String text) {
			this.kind = kind;
			this.numbers = numbers;
			this.text = text;
		}

		static Ports ofRow(String cell) {
			String s = cell.trim();
			switch (s) {
			case "dynamic RPC":
				return new Ports("DYNAMIC_RPC", Set.of(), null);
			case "dynamic":
				return new Ports("DYNAMIC", Set.of(), null);
			case "any":
				return new Ports("ANY", Set.of(), null);
			case "n/a":
				return new Ports("NA", Set.of(), null);
			default:
			}
			if (s.endsWith(",dynamic RPC")) {
				return new Ports("DYNAMIC_RPC", numbers(s.substring(0, s.length() - ",dynamic RPC".length())), null);
			}
			if (s.matches("[0-9]+(-[0-9]+)?(,[0-9]+(-[0-9]+)?)*")) {
				return new Ports("NUM", numbers(s), null);
			}
			return new Ports("PHRASE", Set.of(), s);
		}

		private static Set<List<Integer>> numbers(String s) {
			Set<List<Integer>> set = new LinkedHashSet<>();
			for (String item : s.split(",")) {
				String[] ab = item.trim().split("-");
				int a = Integer.parseInt(ab[0]);
				set.add(List.of(a, ab.length > 1 ? Integer.parseInt(ab[1]) : a));
			}
			return set;
		}

		boolean matches(PortSpec spec) {
			if (spec == null) {
				return kind.equals("NA"); // IP protocols carry no ports
			}
			Set<List<Integer>> nums = new LinkedHashSet<>();
			spec.getPorts().forEach(p -> nums.add(List.of(p, p)));
			for (PortRange r : spec.getRanges()) {
				nums.add(List.of(r.getStart(), r.getEnd()));
			}
			PortSpecKind k = spec.getKind();
			switch (kind) {
			case "NUM":
				return (k == PortSpecKind.SINGLE || k == PortSpecKind.LIST || k == PortSpecKind.RANGE) && nums.equals(numbers);
			case "DYNAMIC_RPC":
				return k == PortSpecKind.DYNAMIC_RPC && spec.getPorts().stream().map(p -> List.of(p, p)).collect(Collectors.toSet()).equals(numbers);
			case "DYNAMIC":
				return k == PortSpecKind.DYNAMIC;
			case "ANY":
				return k == PortSpecKind.ANY;
			case "NA":
				return k == PortSpecKind.NOT_APPLICABLE;
			default: // a phrase: the catalog keeps it and states no number
				return nums.isEmpty() && text.equals(spec.getText());
			}
		}
	}
}
