package org.portolan.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.portolan.analysis.RequiredFlow;
import org.portolan.diagram.Decoration;
import org.portolan.diagram.DiagramEdge;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramMapper;
import org.portolan.diagram.DiagramSpec;
import org.portolan.model.Server;
import org.portolan.model.Topology;
import org.portolan.tests.support.Models;
import org.portolan.validation.Severity;

/** Model to graph with the shipped spec, on the bundled examples. */
class MappingTest {

	private static final DiagramSpec SPEC = DiagramSpec.shipped();
	private static final DiagramMapper MAPPER = new DiagramMapper(SPEC);

	private static DiagramGraph map(Topology t, DiagramFilter f) {
		return MAPPER.map(DiagramMapper.Input.analyze(t), f);
	}

	@Test
	void zoneContainersContainTheirServers() {
		DiagramGraph g = map(Models.load(Models.example("12-")), DiagramFilter.defaults(SPEC));
		DiagramElement perimeter = g.find("zone:perimeter");
		assertEquals(DiagramElement.Kind.CONTAINER, perimeter.kind());
		assertEquals(perimeter, g.find("server:edge1").parent());
		assertEquals(perimeter, g.find("server:edge2").parent());
		assertEquals(g.find("zone:internal"), g.find("server:fe1").parent());
		assertTrue(g.roots().contains(perimeter));
		assertEquals(DiagramElement.Kind.NODE, g.find("server:edge1").kind());
		// the roles are the detail lines of a server, after its FQDN
		assertEquals(List.of("edge1.contoso.net", "EdgeServer", "XmppProxy"), g.find("server:edge1").details());
		assertTrue(g.find("server:edge1").semantic() instanceof Server s && s.getName().equals("edge1"));
		// firewalls are nodes attached to the zones of their interfaces
		assertEquals(Set.of("zone:internet", "zone:perimeter"), g.edges().stream()
				.filter(e -> e.mappingId().equals("firewall-interface") && e.sourceId().equals("firewall:external-fw"))
				.map(DiagramEdge::targetId).collect(Collectors.toSet()));
	}

	@Test
	void perimeterServersAreShadedInternalOnesAreNot() {
		DiagramGraph g = map(Models.load(Models.example("12-")), DiagramFilter.defaults(SPEC));
		assertTrue(g.find("server:edge1").hasStyle("perimeter"), g.find("server:edge1").styleClasses().toString());
		assertTrue(g.find("pool:edge-pool").hasStyle("perimeter"));
		assertFalse(g.find("server:fe1").hasStyle("perimeter"));
		assertTrue(g.find("zone:perimeter").hasStyle("zone-perimeter"));
		assertTrue(g.find("zone:internet").hasStyle("zone-external"));
	}

	@Test
	void plantedFirewallPortDefectOutlinesTheFirewallRedWithItsFinding() {
		String text = Models.text(Models.example("12-"));
		DiagramGraph before = map(Models.load(text, "edge.portolan"), DiagramFilter.defaults(SPEC));
		assertFalse(fwPortErrors(before.find("firewall:external-fw")).stream()
				.anyMatch(d -> d.message().contains("TCP port(s) 443") && d.message().contains("SIP")),
				"the example allows client SIP/TLS 443 to the Access Edge");
		// plant the defect: drop the rule that lets clients reach the Access Edge on SIP/TLS 443
		String planted = text.lines().filter(l -> !l.contains("rule sip-tls allow")).collect(Collectors.joining("\n"));
		assertFalse(planted.equals(text), "the rule to remove is in the example");
		DiagramGraph g = map(Models.load(planted, "edge.portolan"), DiagramFilter.defaults(SPEC));
		DiagramElement fw = g.find("firewall:external-fw");
		List<Decoration> errors = fwPortErrors(fw);
		assertTrue(errors.stream().anyMatch(d -> d.message().contains("SIP") && d.message().contains("443")),
				"FW-PORT-001 on external-fw: " + fw.decorations());
		assertTrue(fw.hasStyle("error"), "outlined red: " + fw.styleClasses());
		assertFalse(fw.hasStyle("warning"), "red wins over orange");
		// the right element: not the other firewall, not the servers
		assertTrue(fwPortErrors(g.find("firewall:internal-fw")).stream().noneMatch(d -> d.message().contains("SIP TCP port(s) 443")));
		assertTrue(g.find("server:edge1").decorations().stream().noneMatch(d -> d.ruleId().equals("FW-PORT-001")));
		// with the derived flows shown, the blocked flow itself carries the finding and the red style
		DiagramGraph flows = map(Models.load(planted, "edge.portolan"), DiagramFilter.defaults(SPEC).withLayer("derived", true));
		List<DiagramEdge> blocked = flows.edges().stream()
				.filter(e -> e.semantic() instanceof RequiredFlow && e.hasStyle("error")).toList();
		assertFalse(blocked.isEmpty(), "a derived flow edge is red");
		assertTrue(blocked.stream().allMatch(e -> e.semantic() instanceof RequiredFlow
				&& e.decorations().stream().anyMatch(d -> d.ruleId().equals("FW-PORT-001"))));
		assertTrue(blocked.stream().anyMatch(e -> e.label().equals("SIP TCP 443") && e.targetId().equals("server:edge1")),
				blocked.toString());
	}

	private static List<Decoration> fwPortErrors(DiagramElement e) {
		return e.decorations().stream().filter(d -> d.ruleId().equals("FW-PORT-001") && d.severity() == Severity.ERROR)
				.toList();
	}

	@Test
	void layersShowAndHideEdges() {
		Topology t = Models.load(Models.example("12-"));
		DiagramFilter defaults = DiagramFilter.defaults(SPEC);
		DiagramGraph plain = map(t, defaults);
		assertTrue(plain.edges().stream().noneMatch(e -> e.semantic() instanceof RequiredFlow),
				"derived flows are off by default");
		assertTrue(plain.edges().stream().anyMatch(e -> e.mappingId().equals("federation-route")));
		DiagramGraph derived = map(t, defaults.withLayer("derived", true));
		long media = derived.edges().stream().filter(e -> e.mappingId().equals("media-flow")).count();
		assertTrue(media > 0, "media flows shown with Derived flows on");
		assertTrue(derived.edges().stream().filter(e -> e.semantic() instanceof RequiredFlow)
				.allMatch(e -> e.layers().contains("derived")));
		assertTrue(derived.edges().stream().anyMatch(e -> e.mappingId().equals("media-flow")
				&& e.label().equals("SIP TCP 5061") && e.sourceId().equals("server:fe1")),
				"labelled with protocol and port");
		DiagramGraph noMedia = map(t, defaults.withLayer("derived", true).withLayer("media", false));
		assertEquals(0, noMedia.edges().stream().filter(e -> e.mappingId().equals("media-flow")
				|| e.mappingId().equals("federation-route")).count(), "Media and voice off hides media edges");
		assertTrue(noMedia.edges().stream().anyMatch(e -> e.mappingId().equals("flow")), "other flows stay");
		DiagramGraph noNetwork = map(t, defaults.withLayer("network", false));
		assertNull(noNetwork.find("firewall:external-fw"), "Network and firewalls off hides firewalls");
		assertTrue(noNetwork.edges().stream().noneMatch(e -> e.mappingId().equals("firewall-interface")));
		assertNotNull(noNetwork.find("server:edge1"));
	}

	@Test
	void filterHidesDerivedFlowsToDomainControllers() {
		Topology t = Models.load(Models.example("03-"));
		DiagramFilter on = DiagramFilter.defaults(SPEC).withLayer("derived", true);
		assertTrue(on.activeFilters().contains("hide-dc-flows"), "on by default");
		Set<String> dcs = DiagramMapper.Input.analyze(t).topology().getServers().stream()
				.filter(s -> s.getRoles().stream().anyMatch(r -> r.getRole() != null
						&& r.getRole().getName().equals("DomainController")))
				.map(s -> "server:" + s.getName()).collect(Collectors.toSet());
		assertFalse(dcs.isEmpty(), "example 03 has domain controllers");
		long toDcFiltered = map(t, on).edges().stream()
				.filter(e -> e.semantic() instanceof RequiredFlow && dcs.contains(e.targetId())).count();
		long toDc = map(t, on.withFilter("hide-dc-flows", false)).edges().stream()
				.filter(e -> e.semantic() instanceof RequiredFlow && dcs.contains(e.targetId())).count();
		assertEquals(0, toDcFiltered);
		assertTrue(toDc > 0, "without the filter the flows to the DCs are shown");
	}

	@Test
	void idsAreStableWhenServersAreReordered() {
		String text = Models.text(Models.example("12-"));
		int a = text.indexOf("server edge1 ");
		int b = text.indexOf("server edge2 ");
		int c = text.indexOf("server fe1 ");
		assertTrue(a > 0 && b > a && c > b);
		String reordered = text.substring(0, a) + text.substring(b, c) + text.substring(a, b) + text.substring(c);
		DiagramFilter all = DiagramFilter.all(SPEC);
		DiagramGraph g1 = map(Models.load(text, "edge.portolan"), all);
		DiagramGraph g2 = map(Models.load(reordered, "edge.portolan"), all);
		assertEquals(ids(g1), ids(g2));
		assertEquals(edgeIds(g1), edgeIds(g2));
		// and the same id still shows the same model element
		assertEquals("edge2", ((Server) g2.find("server:edge2").semantic()).getName());
		assertTrue(g2.elements().indexOf(g2.find("server:edge2")) < g2.elements().indexOf(g2.find("server:edge1")),
				"the text order did change");
	}

	private static Set<String> edgeIds(DiagramGraph g) {
		return g.edges().stream().map(DiagramEdge::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> ids(DiagramGraph g) {
		return g.elements().stream().map(DiagramElement::id).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void everyExampleMapsWithUniqueIdsAndEveryServerShown() {
		for (Path p : Models.examples()) {
			Topology t = Models.load(p);
			DiagramGraph g = map(t, DiagramFilter.all(SPEC));
			Set<String> seen = new HashSet<>();
			for (DiagramElement e : g.elements()) {
				assertTrue(seen.add(e.id()), p + ": duplicate id " + e.id());
			}
			for (DiagramEdge e : g.edges()) {
				assertTrue(seen.add(e.id()), p + ": duplicate id " + e.id());
				assertNotNull(g.find(e.sourceId()), e.id());
				assertNotNull(g.find(e.targetId()), e.id());
			}
			for (Server s : t.getServers()) {
				assertNotNull(g.elementOf(s), p + ": server " + s.getName());
			}
		}
	}
}
