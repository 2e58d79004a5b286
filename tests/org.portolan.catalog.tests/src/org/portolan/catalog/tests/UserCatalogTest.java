package org.portolan.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.CatalogRegistry;
import org.portolan.catalog.CatalogRegistry.LoadedModel;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.RoleDefinition;
import org.portolan.model.Server;
import org.portolan.model.Topology;
import org.portolan.model.Transport;

/** A user adds a catalog for a product Portolan does not ship and uses its role in a topology. */
class UserCatalogTest {

	@TempDir
	Path dir;

	@Test
	void thirdPartySessionBorderControllerIsUsableInATopology() throws IOException {
		Path catalogs = dir.resolve("my-catalogs");
		TestFiles.copy("thirdparty/acme-sbc.portolan", catalogs);
		Path topology = TestFiles.copy("thirdparty/sbc-topology.portolan", dir);

		CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().addFolder(catalogs).load();
		assertEquals(List.of(), strings(registry.getErrors()));

		RoleDefinition sbc = registry.role("acmesbc.SessionBorderController").orElseThrow();
		RoleDefinition mediation = registry.role("sfb2015.Mediation").orElseThrow();
		assertEquals("Acme", sbc.getProduct().getVendor());

		// what the SBC listens on, with the shipped Mediation role as initiator
		ListeningEndpoint sip = registry.endpointsOf(sbc).stream().filter(e -> e.getPorts().getPorts().contains(5067)).findFirst().orElseThrow();
		assertEquals(Transport.TCP, sip.getTransport());
		assertEquals("TLS", sip.getSecurity());
		assertEquals(List.of(mediation), sip.getInitiators());
		assertEquals("ACME-SBC-AG", sip.getSource().getDocument());
		assertEquals("210-214", sip.getSource().getLines());

		// the user catalog adds a data path to a shipped role: it shows up with the role's shipped entries
		List<DataPathDefinition> mediationPaths = registry.dataPathsOf(mediation);
		assertTrue(mediationPaths.stream().anyMatch(p -> p.getFrom() == sbc), "user path from the SBC to sfb2015.Mediation");
		assertTrue(mediationPaths.stream().anyMatch(p -> registry.locationOf(p).startsWith("catalogs/sfb2015.portolan")),
				"shipped Mediation paths are still there");

		LoadedModel model = registry.loadModel(topology);
		assertEquals(List.of(), strings(model.getErrors()));
		EcoreUtil.resolveAll(model.getResource());
		Topology lab = (Topology) model.getRoot();
		Server sbc1 = lab.getServers().stream().filter(s -> "sbc1".equals(s.getName())).findFirst().orElseThrow();
		assertSame(sbc, sbc1.getRoles().get(0).getRole());
		Server med1 = lab.getServers().stream().filter(s -> "med1".equals(s.getName())).findFirst().orElseThrow();
		assertSame(mediation, med1.getRoles().get(0).getRole());
	}

	@Test
	void withoutTheUserCatalogTheTopologyRoleIsUnknown() throws IOException {
		Path topology = TestFiles.copy("thirdparty/sbc-topology.portolan", dir);
		CatalogRegistry registry = new CatalogLoader().withShippedCatalogs().load();
		LoadedModel model = registry.loadModel(topology);
		List<String> errors = strings(model.getErrors());
		assertEquals(1, errors.size(), errors.toString());
		assertTrue(errors.get(0).startsWith(topology + ":18: error: "), errors.get(0));
		assertTrue(errors.get(0).toLowerCase().contains("unknown"), errors.get(0));
		assertTrue(errors.get(0).contains("acmesbc.SessionBorderController"), errors.get(0));
	}

	static List<String> strings(List<?> problems) {
		return problems.stream().map(Object::toString).collect(Collectors.toList());
	}
}
