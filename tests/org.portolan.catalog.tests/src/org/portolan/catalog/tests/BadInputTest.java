package org.portolan.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.CatalogProblem;
import org.portolan.catalog.CatalogRegistry;
import org.portolan.model.ListeningEndpoint;

/**
 * Bad catalog input gives errors with file and line, and the other entries of the file are still
 * loaded; duplicate role ids across catalogs name both places.
 */
class BadInputTest {

	@TempDir
	Path dir;

	private static final String HEADER = "catalog acme \"Acme test catalog\"";
	private static final String DOC = "document guide id \"ACME\" file \"guide.txt\" title \"Acme guide\"";
	private static final String ROLE = "role Box \"Acme box\" kind server-role";

	@Test
	void unknownRoleIsAnErrorWithFileAndLine() throws IOException {
		Path file = TestFiles.write(dir, "acme.portolan", HEADER, DOC, ROLE,
				"endpoint good on Box \"HTTPS\" tcp 443 source \"ACME\" lines \"10\"",
				"path from Box to lync2013.NoSuchRole \"SIP\" tcp 5061 source \"ACME\" lines \"11\"");
		CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().addFile(file).load();
		CatalogProblem p = single(registry.getErrors());
		assertEquals(file.toString(), p.getLocation());
		assertEquals(5, p.getLine());
		assertTrue(p.getMessage().toLowerCase().contains("unknown") && p.getMessage().contains("role"), p.toString());
		assertTrue(p.getMessage().contains("lync2013.NoSuchRole"), p.toString());
		assertEquals(1, registry.endpointsOf(registry.role("acme.Box").orElseThrow()).size(), "the good entry is loaded");
	}

	@Test
	void portOutsideTheValidRangeIsAnErrorWithFileAndLine() throws IOException {
		Path file = TestFiles.write(dir, "ports.portolan", HEADER, DOC, ROLE,
				"endpoint good on Box \"HTTPS\" tcp 443 source \"ACME\" lines \"10\"",
				"",
				"endpoint tooHigh on Box \"SIP\" tcp 70000",
				"\tsource \"ACME\" lines \"12\"");
		CatalogRegistry registry = new CatalogLoader().addFile(file).load();
		CatalogProblem p = single(registry.getErrors());
		assertEquals(file.toString(), p.getLocation());
		assertEquals(6, p.getLine());
		assertTrue(p.getMessage().contains("70000") && p.getMessage().contains("65535"), p.toString());
		// the bad entry is reported, not dropped: it is in the registry with its port
		List<ListeningEndpoint> endpoints = registry.getEndpoints();
		assertEquals(List.of("good", "tooHigh"), endpoints.stream().map(ListeningEndpoint::getName).collect(Collectors.toList()));
	}

	@Test
	void backwardsRangeIsAnErrorWithFileAndLine() throws IOException {
		Path file = TestFiles.write(dir, "range.portolan", HEADER, DOC, ROLE,
				"path from Box to common.Any \"RTP\" udp 5000-4000 source \"ACME\" lines \"13\"",
				"endpoint good on Box \"HTTPS\" tcp 443 source \"ACME\" lines \"10\"");
		CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().addFile(file).load();
		CatalogProblem p = single(registry.getErrors());
		assertEquals(file.toString(), p.getLocation());
		assertEquals(4, p.getLine());
		assertTrue(p.getMessage().contains("5000-4000"), p.toString());
		assertEquals(2, registry.getEntries().stream().filter(e -> e.eResource().getURI().isFile()).count());
	}

	@Test
	void missingSourceIsAnErrorWithFileAndLine() throws IOException {
		Path file = TestFiles.write(dir, "nosource.portolan", HEADER, DOC, ROLE,
				"endpoint first on Box \"HTTPS\" tcp 443 source \"ACME\" lines \"10\"",
				"endpoint uncited on Box \"SMTP\" tcp 25 security \"TLS\"",
				"endpoint last on Box \"HTTP\" tcp 80 source \"ACME\" lines \"11\"");
		CatalogRegistry registry = new CatalogLoader().addFile(file).load();
		List<CatalogProblem> errors = registry.getErrors();
		assertTrue(errors.stream().anyMatch(p -> p.getLocation().equals(file.toString()) && p.getLine() == 5
				&& p.getMessage().contains("uncited") && p.getMessage().contains("no source")), errors.toString());
		assertTrue(errors.stream().allMatch(p -> p.getLocation().equals(file.toString()) && p.getLine() >= 5), errors.toString());
		// the entries around it are read
		List<String> names = registry.getEndpoints().stream().map(ListeningEndpoint::getName).collect(Collectors.toList());
		assertTrue(names.contains("first") && names.contains("last"), names.toString());
	}

	@Test
	void sourceWithoutLinesIsAnError() throws IOException {
		Path file = TestFiles.write(dir, "nolines.portolan", HEADER, DOC, ROLE,
				"endpoint vague on Box \"HTTPS\" tcp 443 source \"ACME\" section \"somewhere\"");
		CatalogRegistry registry = new CatalogLoader().addFile(file).load();
		CatalogProblem p = single(registry.getErrors());
		assertEquals(file + ":4: error: endpoint vague on Box has a source without lines", p.toString());
	}

	@Test
	void duplicateRoleIdAcrossCatalogsNamesBothLocations() throws IOException {
		Path a = TestFiles.write(dir.resolve("cats"), "a.portolan", HEADER, ROLE);
		Path b = TestFiles.write(dir.resolve("cats"), "b.portolan", HEADER, "", "", "role Box \"another box\" kind server-role");
		CatalogRegistry registry = new CatalogLoader().addFolder(dir.resolve("cats")).load();
		CatalogProblem p = single(registry.getErrors());
		assertEquals(b.toString(), p.getLocation());
		assertEquals(4, p.getLine());
		assertTrue(p.getMessage().contains("'acme.Box'"), p.toString());
		assertTrue(p.getMessage().contains(a + ":2") && p.getMessage().contains(b + ":4"), p.toString());
	}

	@Test
	void userCatalogRedeclaringAShippedRoleNamesTheShippedLocation() throws IOException {
		Path mine = TestFiles.write(dir, "mine.portolan", "catalog lync2013 \"my additions\"", "role EdgeServer \"my edge\" kind server-role");
		CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().addFile(mine).load();
		CatalogProblem p = single(registry.getErrors());
		assertTrue(p.getMessage().contains("'lync2013.EdgeServer'"), p.toString());
		assertTrue(p.getMessage().matches(".*catalogs/lync2013\\.portolan:\\d+ and at " + java.util.regex.Pattern.quote(mine + ":2") + ".*"),
				p.toString());
	}

	private static CatalogProblem single(List<CatalogProblem> problems) {
		assertEquals(1, problems.size(), problems.toString());
		return problems.get(0);
	}
}
