package org.portolan.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.portolan.analysis.FlowKind;
import org.portolan.analysis.PortSet;
import org.portolan.analysis.RequiredFlow;
import org.portolan.analysis.RequiredFlows;
import org.portolan.model.EdgeSubscription;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.Firewall;
import org.portolan.model.InterfaceSide;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NetworkZone;
import org.portolan.model.Product;
import org.portolan.model.ProtocolConnector;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleKind;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.Transport;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;

class FlowAnalysisTest {

	private static List<RequiredFlow> from(RequiredFlows flows, EObject origin) {
		return flows.all().stream().filter(f -> f.origin() == origin).toList();
	}

	@Test
	void externalClientReachesAccessEdgeOn443ThroughNatPublicAddressAcrossExternalFirewall() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		List<RequiredFlow> flows = from(s.b.flows(), s.clientToAccessEdge);

		assertEquals(1, flows.size(), flows.toString());
		RequiredFlow f = flows.get(0);
		assertEquals(FlowKind.CATALOG_DATA_PATH, f.kind());
		assertTrue(f.from().isAnyExternal());
		assertSame(s.internet, f.from().zone());
		assertSame(s.edge, f.to().party());
		assertEquals("203.0.113.10", f.to().address(), "external traffic targets the NAT public address");
		assertEquals("10.0.1.10", f.to().privateAddress());
		assertTrue(f.to().translated());
		assertSame(s.dmzExt, f.to().zone(), "the external-side interface is chosen for an external-interface path");
		assertEquals(List.of(s.fwExt), f.firewalls());
		assertEquals(PortSet.of(443), f.ports());
		assertEquals(Transport.TCP, f.transport());
		assertTrue(f.citation().contains("003 L80-85"), f.citation());
	}

	@Test
	void edgeReachesHardwareLoadBalancedFrontEndPoolThroughTheVipOnly() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		List<RequiredFlow> flows = from(s.b.flows(), s.edgeToFrontEnd);

		assertEquals(1, flows.size(), flows.toString());
		RequiredFlow f = flows.get(0);
		assertSame(s.feVip, f.to().addressedElement());
		assertSame(s.fePool, f.to().party());
		assertEquals("10.0.0.10", f.to().address());
		assertEquals("172.16.0.10", f.from().address(), "the Edge uses its internal interface, no NAT inside");
		assertFalse(f.from().translated());
		assertEquals(List.of(s.fwInt), f.firewalls());
	}

	@Test
	void dnsLoadBalancedPoolGivesOneFlowPerMember() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		s.fePool.setLoadBalancing(LoadBalancingKind.DNS);
		List<RequiredFlow> flows = from(s.b.flows(), s.edgeToFrontEnd);

		assertEquals(2, flows.size(), flows.toString());
		assertSame(s.fe1, flows.get(0).to().party());
		assertEquals("10.0.0.11", flows.get(0).to().address());
		assertSame(s.fe2, flows.get(1).to().party());
		assertEquals("10.0.0.12", flows.get(1).to().address());
	}

	@Test
	void vipThatDoesNotBalanceThePortLeavesTheMembersAsDestinations() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		s.feVip.getPorts().clear();
		s.b.vip(s.fePool, "10.0.0.20", s.corp, "443"); // this VIP only balances 443
		s.fePool.getVirtualIps().remove(s.feVip);
		List<RequiredFlow> flows = from(s.b.flows(), s.edgeToFrontEnd);

		assertEquals(2, flows.size(), "5061 is not on the VIP: each member is addressed " + flows);
	}

	@Test
	void everyFrontEndMemberReachesTheEdgeInternalInterface() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		List<RequiredFlow> flows = from(s.b.flows(), s.frontEndToEdge);

		assertEquals(2, flows.size(), flows.toString());
		for (RequiredFlow f : flows) {
			assertSame(s.edge, f.to().party());
			assertEquals("172.16.0.10", f.to().address());
			assertSame(s.edge.getRoles().get(0), f.to().roleInstance());
			assertEquals(List.of(s.fwInt), f.firewalls());
		}
	}

	@Test
	void edgeSubscriptionRequiresSmtpBothWaysAndEdgeSync50636FromHubToEdge() {
		TopologyBuilder b = new TopologyBuilder("exchange-edge");
		Product exchange = b.product("Exchange Server 2010", "2010");
		RoleDefinition hub = b.role("Hub Transport", RoleKind.SERVER_ROLE, exchange);
		RoleDefinition edgeTransport = b.role("Edge Transport", RoleKind.SERVER_ROLE, exchange);
		NetworkZone dmz = b.zone("dmz", ZoneKind.PERIMETER);
		NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		Firewall fw = b.firewall("fw-int", dmz, corp);
		Site site = b.site("hq");
		Server hubServer = b.server("hub1", "hub1.corp.example.com");
		hubServer.setSite(site);
		nic(hubServer, "10.0.0.5", corp);
		install(hubServer, hub, "2010");
		Server edge = b.server("edge1", "edge1.dmz.example.com");
		nic(edge, "172.16.0.5", dmz);
		install(edge, edgeTransport, "2010");
		EdgeSubscription sub = F.createEdgeSubscription();
		sub.setName("edge1-hq");
		sub.setEdgeServer(edge);
		sub.setHubSite(site);
		b.topology.getConnectors().add(sub);

		List<RequiredFlow> flows = b.flows().all();

		assertEquals(3, flows.size(), flows.toString());
		RequiredFlow edgeSync = flows.stream().filter(f -> f.ports().contains(50636)).findFirst().orElseThrow();
		assertEquals(FlowKind.CONNECTOR, edgeSync.kind());
		assertSame(hubServer, edgeSync.from().party());
		assertSame(edge, edgeSync.to().party());
		assertEquals(List.of(fw), edgeSync.firewalls());
		assertTrue(edgeSync.citation().contains("001 L91-99"), edgeSync.citation());
		assertEquals(1, flows.stream().filter(f -> f.ports().contains(25) && f.from().party() == edge).count(),
				"Edge to Hub SMTP");
		assertEquals(1, flows.stream().filter(f -> f.ports().contains(25) && f.from().party() == hubServer).count(),
				"Hub to Edge SMTP");

		sub.setEdgeSyncEnabled(false);
		assertEquals(2, b.flows().size(), "no EdgeSync flow when EdgeSync is off");
	}

	@Test
	void pathFromInternalToInternetCrossesBothFirewallsInOrder() {
		TopologyBuilder b = new TopologyBuilder("three-legs");
		NetworkZone internet = b.zone("internet", ZoneKind.EXTERNAL);
		NetworkZone dmz = b.zone("dmz", ZoneKind.PERIMETER);
		NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		NetworkZone lab = b.zone("lab", ZoneKind.INTERNAL);
		Firewall fwInt = b.firewall("fw-int", dmz, corp);
		Firewall fwExt = b.firewall("fw-ext", internet, dmz);
		Server app = b.server("app", "app.corp.example.com");
		nic(app, "10.0.0.7", corp);
		Server isolated = b.server("isolated", "isolated.lab.example.com");
		nic(isolated, "192.168.50.7", lab);
		ExternalParty partner = b.external("partner", ExternalPartyKind.WEB_SERVICE, internet);
		partner.getAddresses().add("198.51.100.20");
		ProtocolConnector out = connector(b, "app-to-partner", app, partner, "443");
		ProtocolConnector unreachable = connector(b, "isolated-to-partner", isolated, partner, "443");

		RequiredFlows flows = b.flows();
		RequiredFlow f = from(flows, out).get(0);
		assertEquals(List.of(fwInt, fwExt), f.firewalls());
		assertSame(corp, f.path().get(0).fromZone());
		assertSame(dmz, f.path().get(0).toZone());
		assertSame(dmz, f.path().get(1).fromZone());
		assertSame(internet, f.path().get(1).toZone());
		assertEquals("198.51.100.20", f.to().address());
		assertTrue(f.routed());

		RequiredFlow g = from(flows, unreachable).get(0);
		assertFalse(g.routed(), "no firewall joins lab to the Internet");
		assertTrue(g.path().isEmpty());
		assertNull(flows.zonePath(lab, internet));
	}

	private static ProtocolConnector connector(TopologyBuilder b, String name, Server from, ExternalParty to,
			String ports) {
		ProtocolConnector c = F.createProtocolConnector();
		c.setName(name);
		c.setFrom(from);
		c.setTo(to);
		c.setTransport(Transport.TCP);
		c.setPorts(TopologyBuilder.ports(ports));
		b.topology.getConnectors().add(c);
		return c;
	}

	@Test
	void pathConditionsFollowEnabledFeaturesAndNegation() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		RoleDefinition partner = s.b.role("Federated partner", RoleKind.EXTERNAL_PARTY, null);
		var federation = s.b.path(s.accessEdge, partner, "SIP", Transport.TCP, "5061", InterfaceSide.EXTERNAL,
				"003", "92-97", "federation");
		var withoutFederation = s.b.path(s.accessEdge, partner, "SIP", Transport.TCP, "5062", InterfaceSide.EXTERNAL,
				"003", "0", "!federation");

		RequiredFlows before = s.b.flows();
		assertEquals(0, from(before, federation).size());
		assertEquals(1, from(before, withoutFederation).size());

		s.edge.getRoles().get(0).getFeatures().add("federation");
		RequiredFlows after = s.b.flows();
		assertEquals(1, from(after, federation).size());
		assertEquals(0, from(after, withoutFederation).size());
		RequiredFlow f = from(after, federation).get(0);
		assertTrue(f.to().isAnyExternal(), "no partner modeled: any external host");
		assertEquals("203.0.113.10", f.from().address(), "outbound to the Internet the Edge is seen at its NAT address");
		assertEquals(List.of("federation"), f.conditions());
	}

	@Test
	void modeledExternalPartyOfMatchingKindReplacesAnyExternalHost() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		RoleDefinition partnerRole = s.b.role("Federated partner", RoleKind.EXTERNAL_PARTY, null);
		var toPartner = s.b.path(s.accessEdge, partnerRole, "SIP", Transport.TCP, "5061", InterfaceSide.EXTERNAL,
				"003", "92-97");
		ExternalParty fabrikam = s.b.external("fabrikam", ExternalPartyKind.FEDERATED_PARTNER, s.internet);
		fabrikam.getAddresses().add("198.51.100.7");
		s.b.external("some-im-provider", ExternalPartyKind.PUBLIC_IM_PROVIDER, s.internet);

		List<RequiredFlow> flows = from(s.b.flows(), toPartner);
		assertEquals(1, flows.size(), flows.toString());
		assertSame(fabrikam, flows.get(0).to().party());
		assertEquals("198.51.100.7", flows.get(0).to().address());
		assertEquals(List.of(s.fwExt), flows.get(0).firewalls());
	}

	@Test
	void rolesOnTheSameServerDoNotNeedNetworkFlowsAndOrderIsStable() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		install(s.fe1, s.edgeRole, "2013"); // fe1 also plays Edge: fe1 -> fe1 is local
		RequiredFlows flows = s.b.flows();
		for (RequiredFlow f : flows) {
			assertFalse(f.from().party() == f.to().party(), f.toString());
		}
		assertEquals(flows.all().stream().map(Object::toString).toList(),
				s.b.flows().all().stream().map(Object::toString).toList());
	}

	@Test
	void umbrellaEdgeRoleServesEachServiceOnTheInterfaceNamedAfterIt() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		RoleDefinition webConferencingEdge = s.b.role("WebConferencingEdge", RoleKind.SERVER_ROLE, s.lync);
		s.edgeRole.getIncludes().add(webConferencingEdge);
		var nicWebconf = nic(s.edge, "10.0.1.11", s.dmzExt, InterfaceSide.EXTERNAL, "203.0.113.11");
		nicWebconf.setName("webconf");
		s.edge.getInterfaces().get(0).setName("access");
		var psom = s.b.path(s.any, webConferencingEdge, "PSOM", Transport.TCP, "443", InterfaceSide.EXTERNAL, "003",
				"98-103");

		RequiredFlow f = from(s.b.flows(), psom).get(0);
		assertSame(nicWebconf, f.to().addressedElement());
		assertEquals("203.0.113.11", f.to().address());
		RequiredFlow sip = from(s.b.flows(), s.clientToAccessEdge).get(0);
		assertEquals("203.0.113.10", sip.to().address(), "Access Edge stays on the access interface");
	}

	@Test
	void federationRouteThroughAnEdgePoolGivesOneFlowPerNodeAndDoesNotRepeatTheCatalogPath() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		Server edge2 = s.b.server("edge2", "edge2.corp.example.com");
		nic(edge2, "10.0.1.20", s.dmzExt, InterfaceSide.EXTERNAL, "203.0.113.20");
		install(edge2, s.edgeRole, "2013");
		var edgePool = s.b.pool("edge-pool", "edgepool.example.com", LoadBalancingKind.DNS, s.edge, edge2);
		RoleDefinition partnerRole = s.b.role("Federated partner", RoleKind.EXTERNAL_PARTY, null);
		var catalogPath = s.b.path(s.accessEdge, partnerRole, "SIP", Transport.TCP, "5061", InterfaceSide.EXTERNAL,
				"003", "92-97");
		ExternalParty fabrikam = s.b.external("fabrikam", ExternalPartyKind.FEDERATED_PARTNER, s.internet);
		var route = F.createFederationRoute();
		route.setName("federation");
		route.setEdge(edgePool);
		route.getPartners().add(fabrikam);
		s.b.topology.getConnectors().add(route);

		RequiredFlows flows = s.b.flows();
		List<RequiredFlow> outbound = flows.all().stream()
				.filter(f -> f.to().party() == fabrikam && f.ports().contains(5061)).toList();
		assertEquals(2, outbound.size(), outbound.toString());
		assertSame(catalogPath, outbound.get(0).origin(), "the catalog flow (with its citation) is kept");
		assertEquals(List.of(s.edge, edge2), outbound.stream().map(f -> f.from().party()).toList());
		List<RequiredFlow> inbound = from(flows, route);
		assertEquals(2, inbound.size(), "partner to each Edge node, from the route: " + inbound);
		assertTrue(inbound.stream().allMatch(f -> f.from().party() == fabrikam));
	}

	/** 003 L110-115: A/V Edge to federated partner, RTP/UDP 50000-59999, only for partners running OCS 2007. */
	@Test
	void partnerVersionConditionHoldsOnlyForThePartnerWhoseVersionIsStated() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		RoleDefinition partnerRole = s.b.role("Federated partner", RoleKind.EXTERNAL_PARTY, null);
		var ocsMedia = s.b.path(s.accessEdge, partnerRole, "RTP", Transport.UDP, "50000-59999", InterfaceSide.EXTERNAL,
				"003", "110-115", "federation", "partnerVersion=OCS 2007");
		s.edge.getRoles().get(0).getFeatures().add("federation");
		ExternalParty fabrikam = s.b.external("fabrikam", ExternalPartyKind.FEDERATED_PARTNER, s.internet);
		fabrikam.setProductVersion("OCS 2007 R2");
		ExternalParty litware = s.b.external("litware", ExternalPartyKind.FEDERATED_PARTNER, s.internet);
		litware.getAddresses().add("198.51.100.9");
		litware.setProductVersion("OCS 2007");

		List<RequiredFlow> flows = from(s.b.flows(), ocsMedia);
		assertEquals(1, flows.size(), "only the OCS 2007 partner, not the R2 one: " + flows);
		RequiredFlow f = flows.get(0);
		assertSame(litware, f.to().party());
		assertSame(s.edge, f.from().party());
		assertEquals("198.51.100.9", f.to().address());
		assertEquals("203.0.113.10", f.from().address(), "the Edge's NAT public address towards the Internet");
		assertEquals(Transport.UDP, f.transport());
		assertEquals(PortSet.range(50000, 59999), f.ports());
		assertEquals(List.of(s.fwExt), f.firewalls());
		assertTrue(f.citation().startsWith("003 L110-115"), f.citation());

		litware.setProductVersion(null);
		assertEquals(List.of(), from(s.b.flows(), ocsMedia), "no partner states OCS 2007");
		litware.setProduct("OCS");
		litware.setProductVersion("2007");
		assertEquals(1, from(s.b.flows(), ocsMedia).size(), "product 'OCS' version '2007' states OCS 2007 as well");
		s.edge.getRoles().get(0).getFeatures().clear();
		assertEquals(List.of(), from(s.b.flows(), ocsMedia), "federation off");
	}

	/** 003 L204-209: STUN/MSTURN UDP 3478 from Any to the Edge internal interface: any host of the internal network. */
	@Test
	void anyOnAnInternalInterfacePathIsAnyInternalHost() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		var stun = s.b.path(s.any, s.edgeRole, "STUN/MSTURN", Transport.UDP, "3478", InterfaceSide.INTERNAL, "003",
				"204-209");

		List<RequiredFlow> flows = from(s.b.flows(), stun);
		assertEquals(1, flows.size(), flows.toString());
		RequiredFlow f = flows.get(0);
		assertTrue(f.from().isAnyInternal(), f.toString());
		assertTrue(f.from().isAnyExternal(), "still the synthetic any-host end (no party, no address)");
		assertNull(f.from().party());
		assertSame(s.corp, f.from().zone(), "the first internal zone");
		assertEquals("any internal host", f.from().name());
		assertEquals("172.16.0.10", f.to().address(), "the Edge internal interface, no NAT");
		assertEquals(List.of(s.fwInt), f.firewalls());
		assertEquals(PortSet.of(3478), f.ports());
		assertTrue(f.citation().startsWith("003 L204-209"), f.citation());

		// an external-interface path from Any stays any external host
		RequiredFlow ext = from(s.b.flows(), s.clientToAccessEdge).get(0);
		assertFalse(ext.from().isAnyInternal());
		assertEquals("any external host", ext.from().name());
	}

	/** 003 L222-227: Centralized Logging Service to the Edge internal interface when the deployment enables CLS. */
	@Test
	void centralizedLoggingFollowsTheDeploymentFeature() {
		LyncEdgeScenario s = new LyncEdgeScenario();
		var cls = s.b.path(s.any, s.edgeRole, "MTLS (Centralized Logging Service)", Transport.TCP, "50001",
				InterfaceSide.INTERNAL, "003", "222-227", "centralizedLogging");
		assertEquals(List.of(), from(s.b.flows(), cls), "CLS not enabled");

		var deployment = F.createCommunicationsDeployment();
		deployment.setName("lync");
		deployment.getFeatures().add("centralizedLogging");
		s.b.topology.getOrganizations().add(deployment);
		List<RequiredFlow> flows = from(s.b.flows(), cls);
		assertEquals(1, flows.size(), flows.toString());
		RequiredFlow f = flows.get(0);
		assertTrue(f.from().isAnyInternal());
		assertSame(s.edge, f.to().party());
		assertEquals("172.16.0.10", f.to().address());
		assertEquals(PortSet.of(50001), f.ports());
		assertEquals(List.of(s.fwInt), f.firewalls());
		assertTrue(f.citation().startsWith("003 L222-227"), f.citation());
	}
}
