package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.dsl.tests.LanguageTestSupport.assertNoErrors;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.ide.services.PortolanEditorServices;
import org.portolan.model.AddressSpec;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanFactory;
import org.portolan.model.RuleAction;
import org.portolan.model.Topology;
import org.portolan.model.Transport;

class SerializerAndFormatterTest {

	private final PortolanEditorServices services = LanguageTestSupport.injector().getInstance(PortolanEditorServices.class);

	/**
	 * A programmatic edit (as the diagram or properties view makes) rewrites only what changed: comments and layout
	 * of untouched parts stay as the author wrote them.
	 */
	@Test
	void modelEditKeepsCommentsAndLayoutOfUntouchedParts() {
		XtextResourceSet rs = LanguageTestSupport.newResourceSet();
		LanguageTestSupport.load(rs, LanguageTestSupport.files(LanguageTestSupport.catalogs()));
		Path file = LanguageTestSupport.examples().resolve("12-lync2013-scaled-edge.portolan");
		String before = LanguageTestSupport.read(file);
		XtextResource r = LanguageTestSupport.load(rs, List.of(file)).get(0);
		assertNoErrors(r);

		Map<URI, String> changed = services.edit(r, root -> {
			Topology t = (Topology) root;
			Firewall fw = t.getFirewalls().stream().filter(f -> f.getName().equals("external-fw")).findFirst().orElseThrow();
			FirewallRule rule = PortolanFactory.eINSTANCE.createFirewallRule();
			rule.setName("sip-5062");
			rule.setAction(RuleAction.ALLOW);
			rule.setAppProtocol("SIP");
			rule.setTransport(Transport.TCP);
			PortSpec ports = PortolanFactory.eINSTANCE.createPortSpec();
			ports.getPorts().add(5062);
			rule.setPorts(ports);
			rule.getSources().add(PortolanFactory.eINSTANCE.createAddressSpec());
			AddressSpec to = PortolanFactory.eINSTANCE.createAddressSpec();
			to.setElement(t.getServers().get(0).getInterfaces().get(0));
			rule.getDestinations().add(to);
			fw.getRules().add(rule);
			t.getServers().get(1).setDescription("Edge pool node 2 (renamed in the properties view)");
		});
		assertEquals(1, changed.size(), changed.keySet().toString());
		String after = changed.values().iterator().next();
		assertTrue(after.contains("rule sip-5062 allow \"SIP\" tcp 5062 from any to edge1.access"), after);
		assertTrue(after.contains("server edge2 \"Edge pool node 2 (renamed in the properties view)\" {"), after);
		// every comment line and every untouched line survives unchanged
		for (String line : before.lines().toList()) {
			if (!line.contains("Edge pool node 2")) {
				assertTrue(after.contains(line), "line lost or changed: " + line);
			}
		}
		// parsed next to the original (never written), so its relative imports resolve
		XtextResource reparsed = (XtextResource) rs.createResource(
				URI.createFileURI(file.resolveSibling("12-edited.portolan").toAbsolutePath().toString()));
		try {
			reparsed.load(new java.io.ByteArrayInputStream(after.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		assertNoErrors(reparsed);
	}

	@Test
	void formatterLaysOutBlocksStatementsAndPortLists() {
		XtextResource r = LanguageTestSupport.parse("""
				topology   t
				zone a kind internal
				server   mail{fqdn "m" interface lan address "1.2.3.4"   prefix 24
				set  K="v"}
				firewall fw { rule allow tcp 5075 , 5076 from any to a ; rule deny udp 1-2 from any to a }
				""");
		assertNoErrors(r);
		assertEquals("""
				topology t
				zone a kind internal
				server mail {
					fqdn "m"
					interface lan address "1.2.3.4" prefix 24
					set K = "v"
				}
				firewall fw {
					rule allow tcp 5075,5076 from any to a;
					rule deny udp 1-2 from any to a
				}
				""", services.format(r));
	}

	@Test
	void formatterKeepsCommentsAndAuthorLineBreaksInsideStatements() {
		String text = """
				catalog c
				// the role
				role R "Role"

				endpoint e on R external "SIP" tcp 443
					security "TLS" // inline
					source "003" lines "80-85"
				""";
		XtextResource r = LanguageTestSupport.parse(text);
		assertNoErrors(r);
		assertEquals(text, services.format(r));
	}
}
