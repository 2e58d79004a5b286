package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOn;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.ConfigSetting;
import org.portolan.model.DhcpScope;
import org.portolan.model.DnsRecord;
import org.portolan.model.DnsRecordType;
import org.portolan.model.DnsZone;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.LoadBalancedPort;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NetworkZone;
import org.portolan.model.Product;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleKind;
import org.portolan.model.Server;
import org.portolan.model.ServiceState;
import org.portolan.model.Transport;
import org.portolan.model.WindowsService;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/** Oracle tests for SFB2015-HLB-002, EXCH2003-IPSEC-009, EXCH2007-INSTALL-008, OCS2007R2-MED-011, WIN-AD-003/014, WIN-DHCP-001/002. */
class MoreRulesTest {

	private static void addPorts(org.portolan.model.VirtualIp vip, int... ports) {
		for (int p : ports) {
			LoadBalancedPort lp = F.createLoadBalancedPort();
			lp.setTransport(Transport.TCP);
			lp.setPorts(TopologyBuilder.ports(String.valueOf(p)));
			vip.getPorts().add(lp);
		}
	}

	@Test
	void sfbHlb002HardwareOnlyPoolsNeedTheirFullPortSet() {
		Scenarios.Skype2015 s = new Scenarios.Skype2015();
		assertNone(s.b.topology, "SFB2015-HLB-002");
		s.fePool.setLoadBalancing(LoadBalancingKind.HARDWARE);
		Finding f = assertOne(s.b.topology, "SFB2015-HLB-002", s.fePool, Severity.ERROR);
		assertTrue(f.message().contains("135") && f.message().contains("5061") && !f.message().contains("port(s) 80,"),
				f.message());
		addPorts(s.feWebVip, 5061, 444, 135, 5072, 5073, 5075, 5076, 5071, 5080, 448);
		assertNone(s.b.topology, "SFB2015-HLB-002");

		s.dirPool.setLoadBalancing(LoadBalancingKind.HARDWARE);
		assertTrue(assertOne(s.b.topology, "SFB2015-HLB-002", s.dirPool, Severity.ERROR).message().contains("444, 5061"));
	}

	@Test
	void exch2003Ipsec009FrontEndWithoutNlbsFlags() {
		TopologyBuilder b = new TopologyBuilder("fe-be");
		Product exchange = b.product("Exchange Server 2000/2003", "2000/2003");
		RoleDefinition frontEnd = b.role("FrontEnd", RoleKind.SERVER_ROLE, exchange);
		RoleDefinition backEnd = b.role("BackEnd", RoleKind.SERVER_ROLE, exchange);
		NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		Server fe = b.server("fe1", "fe1.contoso.com");
		nic(fe, "10.0.0.5", lan);
		install(fe, frontEnd, "2003 SP2");
		Server be = b.server("be1", "be1.contoso.com");
		nic(be, "10.0.0.6", lan);
		install(be, backEnd, "2003 SP2");
		IpsecPolicy policy = F.createIpsecPolicy();
		policy.setName("fe-be");
		policy.getScope().add(fe);
		policy.getScope().add(be);
		b.topology.getIpsecPolicies().add(policy);
		ConfigSetting flags = F.createConfigSetting();
		flags.setName("NLBSFlags");
		flags.setValue("1");
		fe.getSettings().add(flags);
		assertNone(b.topology, "EXCH2003-IPSEC-009");

		flags.setValue("0");
		assertOne(b.topology, "EXCH2003-IPSEC-009", fe, Severity.WARNING);
		fe.getSettings().clear();
		assertOne(b.topology, "EXCH2003-IPSEC-009", fe, Severity.WARNING);
		policy.getScope().remove(be); // no back end under IPsec: the failover case does not arise
		assertNone(b.topology, "EXCH2003-IPSEC-009");
	}

	@Test
	void exch2007Install008Outlook2003ClientsWithoutPublicFolders() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		ExternalParty outlook = s.b.external("outlook-users", ExternalPartyKind.CLIENT, s.lan);
		outlook.setProduct("Outlook");
		outlook.setProductVersion("2007");
		assertNone(s.b.topology, "EXCH2007-INSTALL-008");
		outlook.setProductVersion("2003");
		assertOne(s.b.topology, "EXCH2007-INSTALL-008", s.org, Severity.WARNING);
		s.org.setPublicFoldersEnabled(true);
		assertNone(s.b.topology, "EXCH2007-INSTALL-008");
	}

	@Test
	void ocsMed011GatewayFacingAddressInDns() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-011");
		var gatewayNic = s.med1.getInterfaces().get(1);
		gatewayNic.setRegisterInDns(true);
		assertOne(s.b.topology, "OCS2007R2-MED-011", gatewayNic, Severity.ERROR);
		gatewayNic.setRegisterInDns(false);

		DnsZone zone = F.createDnsZone();
		zone.setName("contoso.com");
		zone.setZoneName("contoso.com");
		s.b.topology.getDnsZones().add(zone);
		DnsRecord internal = record(zone, "med1", "10.0.0.30");
		assertNone(s.b.topology, "OCS2007R2-MED-011");
		DnsRecord wrong = record(zone, "med1", "192.168.100.30");
		assertOne(s.b.topology, "OCS2007R2-MED-011", wrong, Severity.ERROR);
		assertTrue(internal != wrong);
	}

	private static DnsRecord record(DnsZone zone, String host, String target) {
		DnsRecord r = F.createDnsRecord();
		r.setName(host + "-" + target);
		r.setHostName(host);
		r.setType(DnsRecordType.A);
		r.setTarget(target);
		zone.getRecords().add(r);
		return r;
	}

	@Test
	void winAd003DomainControllerWithoutRunningDfs() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "WIN-AD-003");
		WindowsService time = F.createWindowsService();
		time.setName("W32Time");
		s.dc1.getServices().add(time);
		assertOne(s.b.topology, "WIN-AD-003", s.dc1, Severity.ERROR);
		WindowsService dfs = F.createWindowsService();
		dfs.setName("Dfs");
		s.dc1.getServices().add(dfs);
		assertNone(s.b.topology, "WIN-AD-003");
		dfs.setState(ServiceState.STOPPED);
		assertOne(s.b.topology, "WIN-AD-003", dfs, Severity.ERROR);
	}

	@Test
	void winAd014DomainControllerPointsAtAnotherDnsServer() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		var nic = s.dc1.getInterfaces().get(0);
		nic.getDnsServers().add("10.0.0.2");
		assertNone(s.b.topology, "WIN-AD-014");
		nic.getDnsServers().set(0, "10.0.0.99");
		assertOne(s.b.topology, "WIN-AD-014", nic, Severity.WARNING);
	}

	@Test
	void winDhcp001ScopeOverlapsStaticServerAddresses() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		DhcpScope scope = scope(s.dc1);
		scope.getExclusionRanges().add("10.0.0.1-10.0.0.20");
		assertNone(s.b.topology, "WIN-DHCP-001");
		scope.getExclusionRanges().clear();
		// dc1 .2, mbx1 .10, cas1 .11, hub1 .12 are in 10.0.0.1-10.0.0.254
		assertOn(s.b.topology, "WIN-DHCP-001", scope, scope, scope, scope);
	}

	@Test
	void winDhcp002UnauthorizedServerAndExhaustedScope() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		DhcpScope scope = scope(s.dc1);
		scope.getExclusionRanges().add("10.0.0.1-10.0.0.20"); // 234 leasable addresses
		s.dc1.setDhcpAuthorizedInAd(true);
		scope.setActiveLeases(100);
		assertNone(s.b.topology, "WIN-DHCP-002");

		s.dc1.setDhcpAuthorizedInAd(false);
		assertOne(s.b.topology, "WIN-DHCP-002", s.dc1, Severity.ERROR);
		s.dc1.setDhcpAuthorizedInAd(true);
		scope.setActiveLeases(211); // 90.2 %
		assertOne(s.b.topology, "WIN-DHCP-002", scope, Severity.WARNING);
		scope.setActiveLeases(234);
		assertOne(s.b.topology, "WIN-DHCP-002", scope, Severity.ERROR);
	}

	private static DhcpScope scope(Server server) {
		DhcpScope scope = F.createDhcpScope();
		scope.setName("corp-scope");
		scope.setSubnet("10.0.0.0/24");
		scope.setStartAddress("10.0.0.1");
		scope.setEndAddress("10.0.0.254");
		server.getDhcpScopes().add(scope);
		return scope;
	}

	@Test
	void exch2010Um003GatewayWithoutDialPlan() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Server um1 = s.server("um1", "10.0.0.13", s.unifiedMessaging);
		org.portolan.model.SipTrunk trunk = F.createSipTrunk();
		trunk.setName("um1-pbx");
		trunk.setMediation(um1);
		trunk.setGateway(s.b.external("pbx", ExternalPartyKind.IP_PBX, s.corp));
		trunk.setTransport(org.portolan.model.SipTransport.TCP);
		trunk.setGatewayAddress("10.0.0.50");
		trunk.getDialPlans().add("seoul-dp");
		s.b.topology.getConnectors().add(trunk);
		assertNone(s.b.topology, "EXCH2010-UM-003");
		trunk.getDialPlans().clear();
		assertOne(s.b.topology, "EXCH2010-UM-003", trunk, Severity.ERROR);
	}

	@Test
	void ocsMed010NextHopMustBeFrontEndOrDirector() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-010");
		s.trunk.setNextHop(s.gateway);
		assertTrue(assertOne(s.b.topology, "OCS2007R2-MED-010", s.trunk, Severity.ERROR).message()
				.contains("not a Director or Front End"));
		s.trunk.setNextHop(null);
		s.trunk.setGatewayPort(0);
		Finding f = assertOne(s.b.topology, "OCS2007R2-MED-010", s.trunk, Severity.ERROR);
		assertTrue(f.message().contains("no gateway port") && f.message().contains("no internal next hop"), f.message());
	}

	@Test
	void exch2010Mbx002CustomReplicationPortWithoutHostRule() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		ConfigSetting port = F.createConfigSetting();
		port.setName("DagReplicationPort");
		port.setValue("64327");
		s.mbx1.getSettings().add(port);
		assertNone(s.b.topology, "EXCH2010-MBX-002");
		port.setValue("64400");
		assertOne(s.b.topology, "EXCH2010-MBX-002", s.mbx1, Severity.WARNING);
		org.portolan.model.FirewallRule rule = F.createFirewallRule();
		rule.setName("replication-64400");
		rule.setTransport(Transport.TCP);
		rule.setPorts(TopologyBuilder.ports("64400"));
		s.mbx1.getHostFirewallRules().add(rule);
		assertNone(s.b.topology, "EXCH2010-MBX-002");
	}

	@Test
	void exch2010Um001IpBasedGatewayWithNameOrForeignAddress() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Server um1 = s.server("um1", "10.0.0.13", s.unifiedMessaging);
		ExternalParty pbx = s.b.external("pbx", ExternalPartyKind.IP_PBX, s.corp);
		pbx.getAddresses().add("10.0.0.50");
		org.portolan.model.SipTrunk trunk = F.createSipTrunk();
		trunk.setName("um1-pbx");
		trunk.setMediation(um1);
		trunk.setGateway(pbx);
		trunk.setTransport(org.portolan.model.SipTransport.TCP);
		trunk.setGatewayAddress("10.0.0.50");
		trunk.getDialPlans().add("seoul-dp");
		s.b.topology.getConnectors().add(trunk);
		assertNone(s.b.topology, "EXCH2010-UM-001");
		trunk.setGatewayAddress("10.0.0.51");
		assertOne(s.b.topology, "EXCH2010-UM-001", trunk, Severity.ERROR);
		trunk.setGatewayAddress("pbx.contoso.com");
		assertOne(s.b.topology, "EXCH2010-UM-001", trunk, Severity.ERROR);
	}

	@Test
	void ocsMed003UnsupportedOperatingSystem() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		s.med1.setOsVersion("Windows Server 2003 R2");
		s.med1.setOsEdition("Enterprise x64 Edition");
		s.med1.setOsServicePack("SP2");
		assertNone(s.b.topology, "OCS2007R2-MED-003");
		s.med1.setOsServicePack("SP1");
		assertOne(s.b.topology, "OCS2007R2-MED-003", s.med1, Severity.ERROR);
		s.med1.setOsVersion("Windows Server 2008");
		s.med1.setOsEdition("Standard");
		assertNone(s.b.topology, "OCS2007R2-MED-003");
		s.med1.setOsVersion("Windows Server 2000");
		assertOne(s.b.topology, "OCS2007R2-MED-003", s.med1, Severity.ERROR);
	}
}
