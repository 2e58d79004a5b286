package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOne;

import org.junit.jupiter.api.Test;
import org.portolan.model.ConfigSetting;
import org.portolan.model.DomainFunctionalLevel;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.PermissionGroup;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/** Oracle tests for the Exchange 2007/2010 configuration rules. */
class ExchangeRulesTest {

	@Test
	void exch2010Net001SiteWithMailboxButNoClientAccess() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH2010-NET-001");

		Site branch = s.b.site("branch");
		Server mbx2 = s.server("mbx2", "10.1.0.10", s.mailbox);
		mbx2.setSite(branch);
		Finding f = assertOne(s.b.topology, "EXCH2010-NET-001", branch, Severity.ERROR);
		assertTrue(f.message().contains("mbx2") && f.message().contains("001 L613"), f.message());

		s.server("cas2", "10.1.0.11", s.clientAccess).setSite(branch);
		assertNone(s.b.topology, "EXCH2010-NET-001");
	}

	@Test
	void exch2010Transport001HubTlsDisabled() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH2010-TRANSPORT-001");
		s.org.setHubTransportTlsEnabled(false);
		assertOne(s.b.topology, "EXCH2010-TRANSPORT-001", s.org, Severity.WARNING);
	}

	@Test
	void exch2010Transport002EdgeWithoutSubscription() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH2010-TRANSPORT-002");
		s.b.topology.getConnectors().remove(s.subscription);
		assertOne(s.b.topology, "EXCH2010-TRANSPORT-002", s.edge1, Severity.ERROR);
	}

	@Test
	void exch2010Cas004NtlmForPop3() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		RoleInstance cas = s.cas1.getRoles().get(0);
		ConfigSetting pop = F.createConfigSetting();
		pop.setName("POP3Authentication");
		pop.setValue("PlainTextLogin");
		cas.getSettings().add(pop);
		assertNone(s.b.topology, "EXCH2010-CAS-004");

		pop.setValue("NTLM");
		assertOne(s.b.topology, "EXCH2010-CAS-004", pop, Severity.ERROR);
	}

	@Test
	void exch2010Um004MtlsGatewayConfiguredByIpAddress() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Server um1 = s.server("um1", "10.0.0.13", s.unifiedMessaging);
		SipTrunk trunk = F.createSipTrunk();
		trunk.setName("um1-pbx");
		trunk.setMediation(um1);
		trunk.setGateway(s.b.external("pbx", ExternalPartyKind.IP_PBX, s.corp));
		trunk.setTransport(SipTransport.TLS);
		trunk.setGatewayAddress("pbx.contoso.com");
		s.b.topology.getConnectors().add(trunk);
		assertNone(s.b.topology, "EXCH2010-UM-004");

		trunk.setGatewayAddress("10.0.0.50");
		assertOne(s.b.topology, "EXCH2010-UM-004", trunk, Severity.ERROR);

		trunk.setTransport(SipTransport.TCP); // IP-based authentication: an address is fine
		assertNone(s.b.topology, "EXCH2010-UM-004");
	}

	@Test
	void exchEdge001EdgeTransportJoinedToTheDomain() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH-EDGE-001");
		s.edge1.setDomain(s.domain);
		assertOne(s.b.topology, "EXCH-EDGE-001", s.edge1, Severity.WARNING);
	}

	@Test
	void exchEdge002EdgeTransportCollocatedWithHub() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		assertNone(s.b.topology, "EXCH-EDGE-002");
		RoleInstance hubOnEdge = install(s.edge1, s.hubTransport, "2010 SP3");
		assertOne(s.b.topology, "EXCH-EDGE-002", hubOnEdge, Severity.ERROR);
	}

	@Test
	void exch2007Install001NoServicePackOnWindowsServer2008() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		assertNone(s.b.topology, "EXCH2007-INSTALL-001");

		s.hub.setServicePack(null);
		Finding f = assertOne(s.b.topology, "EXCH2007-INSTALL-001", s.hub, Severity.ERROR);
		assertTrue(f.message().contains("000 L417"), f.message());

		s.hub.setProductVersion("2007 SP2");
		assertNone(s.b.topology, "EXCH2007-INSTALL-001");
		s.hub.setProductVersion("2007");
		s.mail.setOsVersion("Windows Server 2003 R2");
		assertNone(s.b.topology, "EXCH2007-INSTALL-001");
	}

	@Test
	void exch2007Install002MixedModeDomain() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		assertNone(s.b.topology, "EXCH2007-INSTALL-002");
		s.domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_2000_MIXED);
		assertOne(s.b.topology, "EXCH2007-INSTALL-002", s.domain, Severity.ERROR);
		s.domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_SERVER_2003_INTERIM);
		assertOne(s.b.topology, "EXCH2007-INSTALL-002", s.domain, Severity.ERROR);
		s.domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_2000_NATIVE);
		assertNone(s.b.topology, "EXCH2007-INSTALL-002");
	}

	@Test
	void exch2007Transport002NoInternetSendConnectorWithoutEdge() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		assertNone(s.b.topology, "EXCH2007-TRANSPORT-002");
		s.internet.getAddressSpaces().set(0, "contoso.com");
		assertOne(s.b.topology, "EXCH2007-TRANSPORT-002", s.org, Severity.ERROR);

		// with an Edge Transport server, Internet mail goes through the Edge: the rule does not apply
		Server edge = s.b.server("edge", "edge.micro.com");
		nic(edge, "192.168.20.5", s.lan);
		install(edge, s.edgeTransport, "2007 SP1");
		assertNone(s.b.topology, "EXCH2007-TRANSPORT-002");
	}

	@Test
	void exch2007Transport003NoAnonymousReceiveWithoutEdge() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		assertNone(s.b.topology, "EXCH2007-TRANSPORT-003");
		s.defaultReceive.getPermissionGroups().remove(PermissionGroup.ANONYMOUS_USERS);
		assertOne(s.b.topology, "EXCH2007-TRANSPORT-003", s.org, Severity.ERROR);
	}
}
