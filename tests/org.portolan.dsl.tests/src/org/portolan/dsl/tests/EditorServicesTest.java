package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.assertNoErrors;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.syntaxcoloring.HighlightingStyles;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.ide.highlighting.PortolanSemanticHighlighting;
import org.portolan.dsl.ide.services.PortolanEditorServices;
import org.portolan.dsl.ide.services.PortolanEditorServices.Highlight;
import org.portolan.dsl.ide.services.PortolanEditorServices.Location;

/** The in-process editor services the workbench calls, each exercised as plain Java. */
class EditorServicesTest {

	static final String CATALOG = """
			catalog lync2013
			product lync "Lync Server 2013"
			role EdgeServer "Edge Server (Access, Web Conferencing, A/V)" of lync kind server-role
			role FrontEnd "Front End Server" of lync kind server-role
			endpoint sip-443 on EdgeServer external "SIP" tcp 443 security "TLS"
				note "Client-to-server SIP traffic for external user access."
				source "003" lines "80-85" data "003_lync2013_edge_external_interface.csv"
			endpoint xmpp on EdgeServer external "XMPP" tcp 5269 source "003" lines "50-55"
			""";

	static final String TOPOLOGY = """
			topology contoso.edge
			// the edge node
			server edge1 { fqdn "edge1.contoso.net" interface ext address "172.25.33.10" role lync2013.EdgeServer }
			zone dmz kind perimeter
			firewall fw {
				rule allow "SIP" tcp 443 from any to edge1.ext
			}
			""";

	private final PortolanEditorServices services = LanguageTestSupport.injector().getInstance(PortolanEditorServices.class);
	private XtextResourceSet rs;
	private XtextResource catalog;
	private XtextResource topology;

	@BeforeEach
	void load() {
		rs = LanguageTestSupport.newResourceSet();
		catalog = parse(rs, "lync2013.portolan", CATALOG);
		topology = parse(rs, "edge.portolan", TOPOLOGY);
		assertNoErrors(catalog);
		assertNoErrors(topology);
	}

	private List<ContentAssistEntry> complete(String text, String marker) {
		int offset = text.indexOf(marker);
		String withoutMarker = text.replace(marker, "");
		XtextResource r = parse(rs, "assist" + rs.getResources().size() + ".portolan", withoutMarker);
		return services.complete(r, withoutMarker, offset);
	}

	private static List<String> proposals(List<ContentAssistEntry> entries) {
		return entries.stream().map(ContentAssistEntry::getProposal).collect(Collectors.toList());
	}

	@Test
	void contentAssistProposesStatementKeywords() {
		List<String> p = proposals(complete("topology t\n|\n", "|"));
		assertTrue(p.containsAll(List.of("server", "zone", "firewall", "pool", "certificate")), p.toString());
	}

	@Test
	void contentAssistProposesCatalogRolesWithTheirLabel() {
		List<ContentAssistEntry> entries = complete("topology t\nserver s { role | }\n", "|");
		ContentAssistEntry edge = entries.stream().filter(e -> "lync2013.EdgeServer".equals(e.getProposal())).findFirst()
				.orElseThrow(() -> new AssertionError(proposals(entries)));
		assertEquals("Edge Server (Access, Web Conferencing, A/V)", edge.getDescription());
		assertTrue(proposals(entries).contains("lync2013.FrontEnd"));
	}

	@Test
	void contentAssistProposesCrossReferencesToServers() {
		List<String> p = proposals(complete("topology contoso.edge2\nserver a\nserver b\npool p members |\n", "|"));
		assertTrue(p.contains("a") && p.contains("b"), p.toString());
	}

	@Test
	void contentAssistProposesPortNumbersKnownFromTheCatalog() {
		List<ContentAssistEntry> entries = complete("topology t\nzone z\nfirewall f { rule allow tcp | }\n", "|");
		ContentAssistEntry port443 = entries.stream().filter(e -> "443".equals(e.getProposal())).findFirst()
				.orElseThrow(() -> new AssertionError(proposals(entries)));
		assertTrue(port443.getLabel().contains("SIP"), port443.getLabel());
		assertTrue(port443.getDescription().contains("lync2013.EdgeServer"), port443.getDescription());
		assertTrue(proposals(entries).contains("5269"));
	}

	@Test
	void lexicalHighlightingClassifiesTokens() {
		List<Highlight> h = services.lexicalHighlighting("topology t // c\nserver s { fqdn \"x\" rdp-port 3389 }");
		assertEquals(HighlightingStyles.KEYWORD_ID, styleAt(h, 0));
		assertEquals(HighlightingStyles.COMMENT_ID, styleAt(h, 11));
		assertEquals(HighlightingStyles.STRING_ID, h.stream().filter(x -> x.length() == 3).findFirst().orElseThrow().style());
		assertTrue(h.stream().anyMatch(x -> x.style().equals(HighlightingStyles.NUMBER_ID) && x.length() == 4));
	}

	private static String styleAt(List<Highlight> h, int offset) {
		return h.stream().filter(x -> x.offset() == offset).findFirst().orElseThrow().style();
	}

	@Test
	void semanticHighlightingMarksCatalogRolesPortsAndDeclarations() {
		List<Highlight> h = services.semanticHighlighting(topology);
		int role = TOPOLOGY.indexOf("lync2013.EdgeServer");
		assertTrue(h.stream().anyMatch(x -> x.offset() == role && x.style().contains(PortolanSemanticHighlighting.CATALOG_ROLE)), h.toString());
		int port = TOPOLOGY.indexOf("443");
		assertTrue(h.stream().anyMatch(x -> x.offset() == port && x.style().contains(PortolanSemanticHighlighting.PORT)), h.toString());
		int server = TOPOLOGY.indexOf("edge1");
		assertTrue(h.stream().anyMatch(x -> x.offset() == server && x.style().contains(PortolanSemanticHighlighting.DECLARATION)));
		List<Highlight> c = services.semanticHighlighting(catalog);
		int citation = CATALOG.indexOf("source \"003\" lines \"80-85\"");
		assertTrue(c.stream().anyMatch(x -> x.offset() == citation && x.style().contains(PortolanSemanticHighlighting.CITATION)), c.toString());
	}

	@Test
	void hoverOnARoleShowsItsCatalogEntriesWithSourceCitation() {
		String hover = services.hover(topology, TOPOLOGY.indexOf("EdgeServer") + 2);
		assertNotNull(hover);
		assertTrue(hover.contains("Edge Server (Access, Web Conferencing, A/V)"), hover);
		assertTrue(hover.contains("SIP tcp 443") && hover.contains("source 003, lines 80-85"), hover);
		String entry = services.hover(catalog, CATALOG.indexOf("sip-443") + 1);
		assertTrue(entry.contains("Client-to-server SIP traffic") && entry.contains("data 003_lync2013_edge_external_interface.csv"), entry);
	}

	@Test
	void goToDefinitionJumpsToTheDeclarationInAnotherFile() {
		Location def = services.definition(topology, TOPOLOGY.indexOf("lync2013.EdgeServer") + 10);
		assertEquals(URI.createURI("inmemory:/lync2013.portolan"), def.uri());
		assertEquals(CATALOG.indexOf("EdgeServer"), def.offset());
		Location local = services.definition(topology, TOPOLOGY.indexOf("edge1.ext") + 7);
		assertEquals(TOPOLOGY.indexOf("ext address"), local.offset());
	}

	@Test
	void documentSymbolsOutlineTheTopology() {
		List<DocumentSymbol> symbols = services.symbols(topology);
		List<String> names = symbols.stream().map(DocumentSymbol::getName).toList();
		assertEquals(List.of("contoso.edge"), names);
		List<String> children = symbols.get(0).getChildren().stream().map(DocumentSymbol::getName).toList();
		assertTrue(children.containsAll(List.of("contoso.edge.edge1", "contoso.edge.dmz", "contoso.edge.fw"))
				|| children.containsAll(List.of("edge1", "dmz", "fw")), children.toString());
	}

	@Test
	void formattingReturnsTheFormattedText() {
		XtextResource r = parse(rs, "messy.portolan", "topology t\nzone   a   kind internal\n");
		assertEquals("topology t\nzone a kind internal\n", services.format(r));
	}

	@Test
	void renameUpdatesTheDeclarationAndReferencesInOtherFiles() {
		XtextResource other = parse(rs, "pools.portolan", "topology contoso.pools\npool p members contoso.edge.edge1\n");
		assertNoErrors(other);
		Map<URI, String> changed = services.rename(topology, TOPOLOGY.indexOf("edge1") + 1, "edge01");
		String topo = changed.get(topology.getURI());
		assertNotNull(topo, changed.toString());
		assertTrue(topo.contains("server edge01 {") && topo.contains("to edge01.ext"), topo);
		assertTrue(topo.contains("// the edge node"), "comments kept");
		assertEquals("topology contoso.pools\npool p members contoso.edge.edge01\n", changed.get(other.getURI()));
	}
}
