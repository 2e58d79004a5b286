package org.portolan.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.portolan.catalog.CatalogLoader;
import org.portolan.catalog.CatalogRegistry;
import org.portolan.model.Catalog;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.RoleDefinition;

/** The shipped catalogs as a user meets them: one per product and version, roles by stable id. */
class ShippedCatalogsTest {

	private static CatalogRegistry registry;

	@BeforeAll
	static void load() {
		registry = new CatalogLoader().withShippedCatalogs().load();
	}

	@Test
	void everyIndexedCatalogIsLoadedUnderItsFileName() throws IOException {
		Set<String> files = new TreeSet<>(CatalogLoader.shippedCatalogNames());
		Set<String> loaded = registry.getCatalogs().stream().map(c -> c.getName() + ".portolan").collect(Collectors.toCollection(TreeSet::new));
		assertEquals(files, loaded);
		assertTrue(files.containsAll(List.of("windows.portolan", "exchange2003.portolan", "exchange2007.portolan", "exchange2010.portolan",
				"ocs2007.portolan", "ocs2007r2.portolan", "lync2013.portolan", "sfb2015.portolan")), files.toString());
	}

	@Test
	void everyProductCatalogNamesItsProductAndHasCitedEntries() {
		for (Catalog c : registry.getCatalogs()) {
			if (c.getName().equals("common")) {
				continue;
			}
			assertEquals(1, c.getProducts().size(), c.getName());
			assertFalse(c.getEndpoints().isEmpty() && c.getDataPaths().isEmpty(), c.getName() + " has no entries");
			assertFalse(c.getDocuments().isEmpty(), c.getName() + " cites no document");
			Set<String> cited = c.getDocuments().stream().map(d -> d.getDocumentId()).collect(Collectors.toSet());
			for (ListeningEndpoint e : c.getEndpoints()) {
				assertTrue(cited.contains(e.getSource().getDocument()), registry.locationOf(e) + " cites a document the catalog does not list");
			}
			for (DataPathDefinition p : c.getDataPaths()) {
				assertTrue(cited.contains(p.getSource().getDocument()), registry.locationOf(p) + " cites a document the catalog does not list");
			}
		}
	}

	@Test
	void rolesHaveStableIdsAndRolesOfOtherCatalogsResolve() {
		RoleDefinition edge = registry.role("lync2013.EdgeServer").orElseThrow();
		assertEquals(Set.of("lync2013.AccessEdge", "lync2013.WebConferencingEdge", "lync2013.AvEdge", "lync2013.XmppProxy"),
				edge.getIncludes().stream().map(registry::idOf).collect(Collectors.toSet()));
		RoleDefinition dc = registry.role("windows.DomainController").orElseThrow();
		// Exchange 2010 reaches the domain controller of the Windows catalog; the DC's LSASS listens on LDAP 389
		assertTrue(registry.dataPathsOf(dc).stream().anyMatch(p -> registry.idOf(p.getFrom()).equals("exchange2010.HubTransport")));
		RoleDefinition lsass = registry.role("windows.ActiveDirectory").orElseThrow();
		assertTrue(dc.getIncludes().contains(lsass));
		assertTrue(registry.endpointsOf(lsass).stream().anyMatch(e -> e.getPorts().getPorts().contains(389)));
	}

	@Test
	void conditionsSayWhenAnEntryApplies() {
		// Lync 2013: A/V Edge RTP/UDP to federated partners only for OCS 2007 partners
		RoleDefinition av = registry.role("lync2013.AvEdge").orElseThrow();
		RoleDefinition partner = registry.role("lync2013.FederatedPartner").orElseThrow();
		DataPathDefinition udp = registry.dataPathsOf(av).stream()
				.filter(p -> p.getTo() == partner && p.getTransport().getLiteral().equals("UDP") && !p.getPorts().getRanges().isEmpty())
				.findFirst().orElseThrow();
		assertEquals(List.of("federation", "partnerVersion=OCS 2007"), udp.getConditions());
		// SfB 2015: HLB-only ports vs DNS load balancing
		RoleDefinition hlb = registry.role("sfb2015.HlbFrontEnd").orElseThrow();
		assertTrue(registry.endpointsOf(hlb).stream().anyMatch(e -> e.getConditions().contains("!dnsLoadBalancing")));
		assertTrue(registry.endpointsOf(hlb).stream().anyMatch(e -> e.getConditions().contains("dnsLoadBalancing")));
	}

	@Test
	void eachEntryKnowsItsFileAndLine() {
		ListeningEndpoint any = registry.getEndpoints().get(0);
		String location = registry.locationOf(any);
		assertNotNull(location);
		assertTrue(location.matches("catalogs/[a-z0-9]+\\.portolan:\\d+"), location);
		assertFalse(location.endsWith(":0"), location);
	}
}
