package org.portolan.validation.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;
import static org.portolan.validation.tests.Oracle.assertNone;
import static org.portolan.validation.tests.Oracle.assertOn;
import static org.portolan.validation.tests.Oracle.assertOne;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.portolan.model.Certificate;
import org.portolan.model.CertificateAuthority;
import org.portolan.model.DnsZone;
import org.portolan.model.Domain;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.InterfaceSide;
import org.portolan.model.IssuerKind;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Product;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.RoleKind;
import org.portolan.model.Server;
import org.portolan.model.ServiceStartupType;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.model.WindowsService;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;
import org.portolan.validation.Finding;
import org.portolan.validation.Severity;

/**
 * Oracle tests for EXCH2007-INSTALL-004/005, EXCH2010-CAS-003, EXCH2010-UM-002, OCS2007R2-MED-009, WIN-AD-005,
 * WIN-SVC-009 and WIN-RDP-001: the clean model has no finding of the rule, the planted defect exactly the expected one.
 */
class InstallationAndWindowsRulesTest {

	/** The Windows Server 2008 features the source installs for Exchange 2007 (000 L522-570) plus COM+ (L421). */
	static final List<String> EXCHANGE_2007_FEATURES = List.of("RSAT-ADDS", "PowerShell", "Web-Server", "ISAPI-Ext",
			"Lgcy-Mgmt-Console", "Basic-Auth", "Windows-Auth", "Digest-Auth", "Dyn-Compression", "AS-Ent-Services");

	@Test
	void exch2007Install004IisConsoleAndComPlusNetworkAccess() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		assertNone(s.b.topology, "EXCH2007-INSTALL-004"); // features not modeled: nothing to say
		s.mail.getWindowsFeatures().addAll(EXCHANGE_2007_FEATURES);
		assertNone(s.b.topology, "EXCH2007-INSTALL-004");
		s.mail.getWindowsFeatures().remove("AS-Ent-Services");
		s.mail.getWindowsFeatures().add("COM+ Network Access"); // the display name is accepted too
		assertNone(s.b.topology, "EXCH2007-INSTALL-004");
		s.mail.getWindowsFeatures().remove("COM+ Network Access");
		Finding f = assertOne(s.b.topology, "EXCH2007-INSTALL-004", s.mail, Severity.ERROR);
		assertTrue(f.message().contains("COM+ network access") && !f.message().contains("console") && f.message().contains("000 L421"),
				f.message());
	}

	@Test
	void exch2007Install005WindowsServer2008Prerequisites() {
		Scenarios.Exchange2007 s = new Scenarios.Exchange2007();
		s.mail.getWindowsFeatures().addAll(EXCHANGE_2007_FEATURES);
		assertNone(s.b.topology, "EXCH2007-INSTALL-005");
		s.mail.getWindowsFeatures().remove("PowerShell");
		Finding f = assertOne(s.b.topology, "EXCH2007-INSTALL-005", s.mail, Severity.ERROR);
		assertTrue(f.message().contains("PowerShell") && !f.message().contains("RSAT") && f.message().contains("000 L468-480"), f.message());
		s.mail.getWindowsFeatures().add("powershell"); // any case
		assertNone(s.b.topology, "EXCH2007-INSTALL-005");

		// Outlook Anywhere on the Client Access server needs RPC over HTTP Proxy
		s.org.getFeatures().add("outlookAnywhere");
		assertTrue(assertOne(s.b.topology, "EXCH2007-INSTALL-005", s.mail, Severity.ERROR).message().contains("RPC over HTTP Proxy"));
		s.mail.getWindowsFeatures().add("RPC-over-http-proxy");
		assertNone(s.b.topology, "EXCH2007-INSTALL-005");

		// IPv6 disabled is reported even when the features are not modeled
		s.mail.getWindowsFeatures().clear();
		assertNone(s.b.topology, "EXCH2007-INSTALL-005");
		s.mail.setIpv6Enabled(false);
		assertTrue(assertOne(s.b.topology, "EXCH2007-INSTALL-005", s.mail, Severity.ERROR).message().contains("IPv6"));
	}

	/** Exchange 2010 CAS in front of an Exchange 2003 back end with its virtual directories. */
	private static final class LegacyBackEnd {
		final Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		final Product exchange2003 = s.b.product("Exchange Server 2003", "2003");
		final RoleDefinition backEnd = s.b.role("BackEnd", RoleKind.SERVER_ROLE, exchange2003);
		final Server be1 = s.b.server("be1", "be1.contoso.com");
		final PublishedName eas;
		final PublishedName owa;

		LegacyBackEnd() {
			be1.setDomain(s.domain);
			nic(be1, "10.0.0.40", s.corp);
			install(be1, backEnd, "2003 SP2");
			eas = s.b.published("eas-2003", PublishedNameKind.ACTIVESYNC_URL, "https://be1.contoso.com/Microsoft-Server-ActiveSync", be1);
			eas.getAuthenticationMethods().addAll(List.of("Integrated Windows", "Kerberos"));
			owa = s.b.published("owa", PublishedNameKind.OWA_URL, "https://mail.contoso.com/owa", s.cas1);
			owa.getAuthenticationMethods().add("FBA");
			owa.setCertificate(s.b.certificate("owa-cert", IssuerKind.PUBLIC, "mail.contoso.com"));
		}
	}

	@Test
	void exch2010Cas003AuthenticationTowardsExchange2003BackEnds() {
		LegacyBackEnd m = new LegacyBackEnd();
		assertNone(m.s.b.topology, "EXCH2010-CAS-003");

		m.eas.getAuthenticationMethods().add("Basic");
		Finding weak = assertOne(m.s.b.topology, "EXCH2010-CAS-003", m.eas, Severity.WARNING);
		assertTrue(weak.message().contains("Basic") && weak.message().contains("Kerberos") && weak.message().contains("'be1'")
				&& weak.message().contains("'cas1'") && weak.message().contains("001 L603-607"), weak.message());

		m.eas.getAuthenticationMethods().clear();
		m.eas.getAuthenticationMethods().add("Digest");
		assertTrue(assertOne(m.s.b.topology, "EXCH2010-CAS-003", m.eas, Severity.ERROR).message().contains("Integrated Windows"));
		m.eas.getAuthenticationMethods().set(0, "IWA");
		assertNone(m.s.b.topology, "EXCH2010-CAS-003");

		m.owa.getAuthenticationMethods().set(0, "Basic");
		assertTrue(assertOne(m.s.b.topology, "EXCH2010-CAS-003", m.owa, Severity.WARNING).message().contains("forms-based"));
		m.owa.getAuthenticationMethods().set(0, "FBA");
		m.owa.getCertificate().setIssuerKind(IssuerKind.SELF_SIGNED);
		assertTrue(assertOne(m.s.b.topology, "EXCH2010-CAS-003", m.owa, Severity.WARNING).message().contains("self-signed"));

		// without a 2003 back end the 2010 CAS is not talking to one
		m.s.b.topology.getServers().remove(m.be1);
		m.owa.getAuthenticationMethods().set(0, "Basic");
		assertNone(m.s.b.topology, "EXCH2010-CAS-003");
	}

	@Test
	void exch2010Um002MutualTlsNeedsExchangedTrustedCertificates() {
		Scenarios.Exchange2010 s = new Scenarios.Exchange2010();
		Server um1 = s.server("um1", "10.0.0.13", s.unifiedMessaging);
		NetworkZone voice = s.b.zone("voice", ZoneKind.INTERNAL);
		ExternalParty pbx = s.b.external("pbx", ExternalPartyKind.IP_PBX, voice);
		pbx.setFqdn("pbx.contoso.com");
		CertificateAuthority ca = F.createCertificateAuthority();
		ca.setName("contoso-root");
		s.b.topology.getCertificateAuthorities().add(ca);
		CertificateAuthority issuing = F.createCertificateAuthority();
		issuing.setName("contoso-issuing");
		issuing.setParent(ca);
		s.b.topology.getCertificateAuthorities().add(issuing);
		Certificate umCert = s.b.certificate("um1-cert", IssuerKind.ENTERPRISE, "um1.contoso.com");
		umCert.setIssuer(issuing);
		um1.getCertificates().add(umCert);
		Certificate pbxCert = s.b.certificate("pbx-cert", IssuerKind.ENTERPRISE, "pbx.contoso.com");
		pbxCert.setIssuer(ca);
		pbx.getCertificates().add(pbxCert);
		um1.getTrustedAuthorities().add(ca);
		pbx.getTrustedAuthorities().add(ca); // trusts the root: covers the issuing CA below it
		SipTrunk trunk = F.createSipTrunk();
		trunk.setName("um1-pbx");
		trunk.setMediation(um1);
		trunk.setGateway(pbx);
		trunk.setGatewayAddress("pbx.contoso.com");
		trunk.setTransport(SipTransport.TLS);
		s.b.topology.getConnectors().add(trunk);
		assertNone(s.b.topology, "EXCH2010-UM-002");

		pbx.getTrustedAuthorities().clear();
		Finding f = assertOne(s.b.topology, "EXCH2010-UM-002", trunk, Severity.ERROR);
		assertTrue(f.message().contains("gateway 'pbx' trusts no issuer of the UM certificate(s) 'um1-cert'")
				&& !f.message().contains("UM server 'um1' trusts no") && f.message().contains("001 L619"), f.message());
		pbx.getTrustedAuthorities().add(issuing);
		assertNone(s.b.topology, "EXCH2010-UM-002");
		umCert.setIssuerKind(IssuerKind.SELF_SIGNED);
		assertOne(s.b.topology, "EXCH2010-UM-002", trunk, Severity.ERROR);
		umCert.setIssuerKind(IssuerKind.ENTERPRISE);
		trunk.setTransport(SipTransport.TCP); // IP-based authentication: no certificates exchanged
		pbx.getTrustedAuthorities().clear();
		assertNone(s.b.topology, "EXCH2010-UM-002");
	}

	@Test
	void ocs2007R2Med009InternalAndGatewayFacingListeningAddresses() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-MED-009");
		RoleInstance mediation = s.med1.getRoles().get(0);
		NetworkInterface gatewayFacing = s.med1.getInterfaces().get(1);
		gatewayFacing.setSide(InterfaceSide.INTERNAL);
		Finding f = assertOne(s.b.topology, "OCS2007R2-MED-009", mediation, Severity.ERROR);
		assertTrue(f.message().contains("gateway-facing") && !f.message().contains("OCS-facing, side internal") && f.message().contains("000 L232"),
				f.message());
		gatewayFacing.setSide(InterfaceSide.EXTERNAL);
		mediation.getInterfaces().add(s.med1.getInterfaces().get(0)); // listens on the internal one only
		assertTrue(assertOne(s.b.topology, "OCS2007R2-MED-009", mediation, Severity.ERROR).message().contains("gateway-facing"));
		mediation.getInterfaces().add(gatewayFacing);
		assertNone(s.b.topology, "OCS2007R2-MED-009");
	}

	/** A domain, its DC hosting the AD zone, a member using it for DNS. */
	private static final class DnsDirectory {
		final TopologyBuilder b = new TopologyBuilder("dns");
		final Product windows = b.product("Windows Server 2008", "2008");
		final RoleDefinition dc = b.role("Domain Controller", RoleKind.SERVER_ROLE, windows);
		final RoleDefinition dnsServer = b.role("DNS Server", RoleKind.SYSTEM_SERVICE, windows);
		final NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		final Domain domain = b.domain("contoso", "contoso.com");
		final Server dc1 = b.server("dc1", "dc1.contoso.com");
		final Server web1 = b.server("web1", "web1.contoso.com");
		final Server member = b.server("app1", "app1.contoso.com");
		final NetworkInterface memberNic;
		final DnsZone zone = F.createDnsZone();

		DnsDirectory() {
			dc1.setDomain(domain);
			nic(dc1, "10.0.0.2", lan).getDnsServers().add("10.0.0.2");
			install(dc1, dc, "2008");
			install(dc1, dnsServer, "2008");
			nic(web1, "10.0.0.3", lan);
			member.setDomain(domain);
			memberNic = nic(member, "10.0.0.20", lan);
			memberNic.getDnsServers().add("10.0.0.2");
			zone.setName("contoso-com");
			zone.setZoneName("contoso.com");
			zone.getServers().add(dc1);
			b.topology.getDnsZones().add(zone);
		}
	}

	@Test
	void winAd005DomainMembersUseADnsServerOfTheirDomain() {
		DnsDirectory d = new DnsDirectory();
		assertNone(d.b.topology, "WIN-AD-005");
		d.memberNic.getDnsServers().set(0, "10.0.0.3"); // web1: no DNS zone of contoso.com
		Finding f = assertOne(d.b.topology, "WIN-AD-005", d.memberNic, Severity.ERROR);
		assertTrue(f.message().contains("'app1'") && f.message().contains("10.0.0.3 ('web1')") && f.message().contains("contoso.com")
				&& f.message().contains("000 L1659"), f.message());
		d.memberNic.getDnsServers().add("10.0.0.2"); // the alternate DNS server resolves the zone
		assertNone(d.b.topology, "WIN-AD-005");
		d.memberNic.getDnsServers().set(1, "192.0.2.53"); // not a modeled server: cannot be judged
		assertNone(d.b.topology, "WIN-AD-005");

		// no zone modeled: a DNS server / domain controller of the forest is enough, another server is not
		DnsDirectory noZones = new DnsDirectory();
		noZones.b.topology.getDnsZones().clear();
		assertNone(noZones.b.topology, "WIN-AD-005");
		noZones.memberNic.getDnsServers().set(0, "10.0.0.3");
		assertOn(noZones.b.topology, "WIN-AD-005", noZones.memberNic);
	}

	@Test
	void winSvc009WindowsTimeNotDisabledOnDomainMembers() {
		DnsDirectory d = new DnsDirectory();
		WindowsService time = F.createWindowsService();
		time.setName("W32Time");
		time.setStartupType(ServiceStartupType.AUTOMATIC);
		d.member.getServices().add(time);
		assertNone(d.b.topology, "WIN-SVC-009");
		time.setStartupType(ServiceStartupType.DISABLED);
		Finding f = assertOne(d.b.topology, "WIN-SVC-009", time, Severity.WARNING);
		assertTrue(f.message().contains("'app1'") && f.message().contains("disabled") && f.message().contains("000 L3259"), f.message());
		d.member.setDomain(null); // a workgroup server may sync to an external source
		assertNone(d.b.topology, "WIN-SVC-009");
	}

	@Test
	void winRdp001DefaultRdpPortOnARemoteDesktopServerIsInfo() {
		DnsDirectory d = new DnsDirectory();
		assertNone(d.b.topology, "WIN-RDP-001"); // 3389 everywhere, but no Remote Desktop in the design
		RoleDefinition app = d.b.role("App", RoleKind.SERVER_ROLE, d.windows);
		install(d.member, app, "2008");
		d.b.path(d.dc, app, "RPC (dynamic)", org.portolan.model.Transport.TCP, "1024-65535", InterfaceSide.ANY, "000", "1");
		assertNone(d.b.topology, "WIN-RDP-001"); // a dynamic range that happens to contain 3389 is not RDP
		d.b.path(d.dc, app, "RDP", org.portolan.model.Transport.TCP, "3389", InterfaceSide.ANY, "000", "1229");
		Finding byFlow = assertOne(d.b.topology, "WIN-RDP-001", d.member, Severity.INFO);
		assertTrue(byFlow.message().contains("required flow reaches it on RDP: dc1"), byFlow.message());
		d.b.catalog.getDataPaths().clear();
		assertNone(d.b.topology, "WIN-RDP-001");
		RoleDefinition terminalServices = d.b.role("TerminalServices", RoleKind.SYSTEM_SERVICE, d.windows);
		install(d.member, terminalServices, "2008");
		Finding f = assertOne(d.b.topology, "WIN-RDP-001", d.member, Severity.INFO);
		assertTrue(f.message().contains("3389") && f.message().contains("000 L1229-1241"), f.message());
		d.member.setRdpPort(33890);
		assertNone(d.b.topology, "WIN-RDP-001");
		assertEquals(Severity.INFO, org.portolan.validation.PortolanValidation.rule("WIN-RDP-001").severity(),
				"decided: info (docs/rules.md)");
	}

	@Test
	void ocs2007R2Ev001EnterpriseVoicePrerequisites() {
		Scenarios.Mediation s = new Scenarios.Mediation();
		assertNone(s.b.topology, "OCS2007R2-EV-001"); // Front End, CA-issued certificates, no perimeter, no users
		RoleInstance frontEnd = s.fe1.getRoles().get(0);
		s.fe1.getRoles().remove(frontEnd);
		Finding f = assertOne(s.b.topology, "OCS2007R2-EV-001", s.b.topology, Severity.ERROR);
		assertTrue(f.message().contains("Front End") && !f.message().contains("PKI") && f.message().contains("000 L618-636"), f.message());
		s.fe1.getRoles().add(frontEnd);

		// a modeled perimeter needs the Edge roles and a reverse proxy
		s.b.zone("dmz", ZoneKind.PERIMETER);
		Finding perimeter = assertOne(s.b.topology, "OCS2007R2-EV-001", s.b.topology, Severity.ERROR);
		assertTrue(perimeter.message().contains("Edge roles") && perimeter.message().contains("reverse proxy"), perimeter.message());
		Server edge = s.b.server("edge1", "edge1.contoso.com");
		install(edge, s.b.role("Access Edge", RoleKind.SERVER_ROLE, s.ocs), "2007 R2");
		install(edge, s.b.role("ReverseProxy", RoleKind.NETWORK_DEVICE, s.ocs), "2007 R2");
		assertNone(s.b.topology, "OCS2007R2-EV-001");

		// modeled users: one must be enabled for OCS
		org.portolan.model.DomainUser user = F.createDomainUser();
		user.setName("alice");
		s.domain.getUsers().add(user);
		assertTrue(assertOne(s.b.topology, "OCS2007R2-EV-001", s.b.topology, Severity.ERROR).message().contains("SIP address"));
		user.setSipAddress("sip:alice@contoso.com");
		assertNone(s.b.topology, "OCS2007R2-EV-001");

		// no Enterprise Voice: nothing required
		s.b.topology.getConnectors().clear();
		s.med1.getRoles().clear();
		s.fe1.getRoles().clear();
		assertNone(s.b.topology, "OCS2007R2-EV-001");
	}
}
