package org.portolan.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.portolan.dsl.tests.LanguageTestSupport.assertNoErrors;
import static org.portolan.dsl.tests.LanguageTestSupport.parse;

import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.api.Test;
import org.portolan.dsl.standalone.PortolanFiles;
import org.portolan.model.Pool;
import org.portolan.model.RoleDefinition;
import org.portolan.model.Topology;

class CrossFileTest {

	private static final String CATALOG = """
			catalog lync2013
			role EdgeServer "Edge Server" kind server-role
			endpoint sip-443 on EdgeServer external "SIP" tcp 443 security "TLS" source "003" lines "80-85"
			""";

	@Test
	void topologyRefersToCatalogRolesAndServersByNameAndFqdn() {
		XtextResourceSet rs = LanguageTestSupport.newResourceSet();
		XtextResource catalog = parse(rs, "lync2013.portolan", CATALOG);
		XtextResource topo = parse(rs, "edge.portolan", """
				topology contoso.edge
				server edge1 { fqdn "edge1.contoso.net" role lync2013.EdgeServer }
				server edge2 { fqdn "edge2.contoso.net" role lync2013.EdgeServer }
				pool edges members edge1, edge2.contoso.net roles lync2013.EdgeServer
				""");
		assertNoErrors(topo);
		Topology t = (Topology) topo.getContents().get(0);
		RoleDefinition edge = (RoleDefinition) catalog.getContents().get(0).eContents().get(0);
		assertSame(edge, t.getServers().get(0).getRoles().get(0).getRole());
		Pool pool = t.getPools().get(0);
		assertSame(t.getServers().get(1), pool.getMembers().get(1));
		assertSame(edge, pool.getRoles().get(0));
	}

	@Test
	void otherTopologyFilesReferToQualifiedServerNames() {
		XtextResourceSet rs = LanguageTestSupport.newResourceSet();
		parse(rs, "lab.portolan", "topology micro.lab\nserver mail { fqdn \"mail.micro.com\" }\n");
		XtextResource other = parse(rs, "other.portolan",
				"topology micro.dr\nexternal x\nconnector c from micro.lab.mail to mail.micro.com tcp 25\n");
		assertNoErrors(other);
	}

	/**
	 * Plain Java: loading one topology also loads the user's catalogs it imports, so its roles resolve (the
	 * shipped catalogs need no import; this is for catalogs of products Portolan does not ship).
	 */
	@Test
	void plainJavaLoadsImportedCatalogs(@org.junit.jupiter.api.io.TempDir Path dir) throws java.io.IOException {
		java.nio.file.Files.writeString(dir.resolve("acme.portolan"), """
				catalog acme "ACME session border controller" version "1"
				document manual id "A1" file "acme-sbc-ports.txt" title "ACME SBC port list" covers "ACME SBC" language "en" date "2026-01-01"
				product sbc "ACME SBC" vendor "ACME" version "1" family "SBC"
				role Sbc "Session border controller" of sbc kind network-device
				endpoint sip on Sbc external "SIP" tcp 5061 security "TLS" source "A1" lines "12"
				""");
		Path topology = dir.resolve("lab.portolan");
		java.nio.file.Files.writeString(topology, """
				topology lab
				import "acme.portolan"
				server sbc1 {
					role acme.Sbc
				}
				""");
		PortolanFiles files = new PortolanFiles(LanguageTestSupport.injector());
		XtextResource r = files.load(topology);
		assertEquals(1, files.getResourceSet().getResources().size());
		files.resolveAll();
		assertFalse(files.getResourceSet().getResources().size() < 2, "imported catalog loaded");
		assertNoErrors(r);
		URI catalogUri = ((Topology) r.getContents().get(0)).getServers().get(0).getRoles().get(0).getRole().eResource().getURI();
		assertEquals("acme.portolan", catalogUri.lastSegment());
	}
}
