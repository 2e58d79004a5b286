package org.portolan.validation.tests;

import static org.portolan.testsupport.TopologyBuilder.F;
import static org.portolan.testsupport.TopologyBuilder.allow;
import static org.portolan.testsupport.TopologyBuilder.element;
import static org.portolan.testsupport.TopologyBuilder.install;
import static org.portolan.testsupport.TopologyBuilder.nic;

import org.portolan.model.Architecture;
import org.portolan.model.Certificate;
import org.portolan.model.CommunicationsDeployment;
import org.portolan.model.ConnectorUsage;
import org.portolan.model.Domain;
import org.portolan.model.DomainFunctionalLevel;
import org.portolan.model.DomainGroup;
import org.portolan.model.DomainUser;
import org.portolan.model.EdgeSubscription;
import org.portolan.model.ExchangeOrganization;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.GroupType;
import org.portolan.model.IpsecExemption;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.IssuerKind;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.InterfaceSide;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.PasswordPolicy;
import org.portolan.model.PermissionGroup;
import org.portolan.model.Pool;
import org.portolan.model.Product;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.ReceiveConnector;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.RoleKind;
import org.portolan.model.RuleDirection;
import org.portolan.model.SendConnector;
import org.portolan.model.Server;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.model.Site;
import org.portolan.model.Transport;
import org.portolan.model.VirtualIp;
import org.portolan.model.ZoneKind;
import org.portolan.testsupport.TopologyBuilder;

/** Clean models for the oracle tests: each validates without any finding; tests plant one defect. */
final class Scenarios {

	private Scenarios() {
	}

	/**
	 * Exchange 2010 (scenario 3 of the domain README): DC, Mailbox, Client Access and Hub in one site and zone,
	 * Edge Transport in the perimeter behind fw-int, subscribed; fw-int allows exactly 25/50636 Hub to Edge and 25
	 * Edge to Hub; Edge and Hub use self-signed certificates (direct trust).
	 */
	static final class Exchange2010 {
		final TopologyBuilder b = new TopologyBuilder("contoso-2010");
		final Product exchange = b.product("Exchange Server 2010", "2010");
		final Product windows = b.product("Windows Server 2008 R2", "2008 R2");
		final RoleDefinition mailbox = b.role("Mailbox", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition clientAccess = b.role("Client Access", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition hubTransport = b.role("Hub Transport", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition edgeTransport = b.role("Edge Transport", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition unifiedMessaging = b.role("Unified Messaging", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition activeDirectory = b.role("Active Directory", RoleKind.SERVER_ROLE, windows);
		final NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		final NetworkZone dmz = b.zone("dmz", ZoneKind.PERIMETER);
		final Firewall fwInt = b.firewall("fw-int", dmz, corp);
		final Site hq = b.site("hq");
		final Domain domain = b.domain("contoso", "contoso.com");
		final ExchangeOrganization org = F.createExchangeOrganization();
		final Server dc1 = server("dc1", "10.0.0.2", activeDirectory);
		final Server mbx1 = server("mbx1", "10.0.0.10", mailbox);
		final Server cas1 = server("cas1", "10.0.0.11", clientAccess);
		final Server hub1 = server("hub1", "10.0.0.12", hubTransport);
		final Server edge1 = b.server("edge1", "edge1.dmz.contoso.com");
		final EdgeSubscription subscription = F.createEdgeSubscription();
		final FirewallRule hubToEdge;
		final FirewallRule edgeToHub;

		Exchange2010() {
			domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_SERVER_2008);
			org.setName("contoso");
			b.topology.getOrganizations().add(org);
			nic(edge1, "172.16.0.5", dmz);
			install(edge1, edgeTransport, "2010 SP3");
			subscription.setName("edge1-hq");
			subscription.setEdgeServer(edge1);
			subscription.setHubSite(hq);
			b.topology.getConnectors().add(subscription);
			hubToEdge = allow(fwInt, "hub-to-edge", Transport.TCP, "25,50636", element(hub1), element(edge1));
			edgeToHub = allow(fwInt, "edge-to-hub", Transport.TCP, "25", element(edge1), element(hub1));
			Certificate edgeCert = b.certificate("edge1-self-signed", IssuerKind.SELF_SIGNED, "edge1.dmz.contoso.com");
			edge1.getCertificates().add(edgeCert);
			Certificate hubCert = b.certificate("hub1-self-signed", IssuerKind.SELF_SIGNED, "hub1.contoso.com");
			hub1.getCertificates().add(hubCert);
		}

		Server server(String name, String ip, RoleDefinition role) {
			Server s = b.server(name, name + ".contoso.com");
			s.setSite(hq);
			s.setDomain(domain);
			nic(s, ip, corp);
			install(s, role, "2010 SP3");
			return s;
		}
	}

	/** Exchange 2007 single server HUB+CAS+MBX without Edge on Windows Server 2008 (micro.com lab, README 3.1). */
	static final class Exchange2007 {
		final TopologyBuilder b = new TopologyBuilder("micro.com");
		final Product exchange = b.product("Exchange Server 2007", "2007");
		final RoleDefinition hubTransport = b.role("Hub Transport", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition clientAccess = b.role("Client Access", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition mailbox = b.role("Mailbox", RoleKind.SERVER_ROLE, exchange);
		final RoleDefinition edgeTransport = b.role("Edge Transport", RoleKind.SERVER_ROLE, exchange);
		final NetworkZone lan = b.zone("lan", ZoneKind.INTERNAL);
		final Domain domain = b.domain("micro", "micro.com");
		final ExchangeOrganization org = F.createExchangeOrganization();
		final Server mail = b.server("mail", "mail.micro.com");
		final RoleInstance hub;
		final SendConnector internet = F.createSendConnector();
		final ReceiveConnector defaultReceive = F.createReceiveConnector();

		Exchange2007() {
			domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_SERVER_2008);
			org.setName("micro");
			b.topology.getOrganizations().add(org);
			mail.setOsVersion("Windows Server 2008");
			mail.setOsEdition("Enterprise");
			mail.setDomain(domain);
			nic(mail, "192.168.10.20", lan);
			hub = install(mail, hubTransport, "2007");
			install(mail, clientAccess, "2007");
			install(mail, mailbox, "2007");
			for (RoleInstance ri : mail.getRoles()) {
				ri.setServicePack("SP1");
			}
			internet.setName("Internet");
			internet.setUsage(ConnectorUsage.INTERNET);
			internet.getAddressSpaces().add("*");
			internet.getSourceServers().add(mail);
			b.topology.getConnectors().add(internet);
			defaultReceive.setName("Default MAIL");
			defaultReceive.setServer(mail);
			defaultReceive.getBindings().add("0.0.0.0:25");
			defaultReceive.getPermissionGroups().add(PermissionGroup.EXCHANGE_USERS);
			defaultReceive.getPermissionGroups().add(PermissionGroup.ANONYMOUS_USERS);
			b.topology.getConnectors().add(defaultReceive);
		}
	}

	/** Exchange 2010 Client Access with a public certificate for OWA and Autodiscover, valid at go-live. */
	static final class ClientAccessCertificates {
		final TopologyBuilder b = new TopologyBuilder("contoso-cas");
		final Product exchange = b.product("Exchange Server 2010", "2010");
		final RoleDefinition clientAccess = b.role("Client Access", RoleKind.SERVER_ROLE, exchange);
		final NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		final Server cas1 = b.server("cas1", "cas1.contoso.com");
		final Certificate casCert = b.certificate("cas-public", IssuerKind.PUBLIC, "mail.contoso.com",
				"mail.contoso.com", "autodiscover.contoso.com");
		final PublishedName owa = b.published("owa", PublishedNameKind.OWA_URL, "https://mail.contoso.com/owa", cas1);
		final PublishedName autodiscover = b.published("autodiscover", PublishedNameKind.AUTODISCOVER_URL,
				"https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml", cas1);

		ClientAccessCertificates() {
			b.topology.setPlannedGoLiveDate("2027-01-15");
			casCert.setNotBefore("2026-06-01");
			casCert.setNotAfter("2028-06-01");
			nic(cas1, "10.0.0.11", corp);
			install(cas1, clientAccess, "2010 SP3");
			cas1.getCertificates().add(casCert);
		}
	}

	/** OCS 2007 R2 Mediation Server with one TLS trunk to a PSTN gateway (README scenario 10). */
	static final class Mediation {
		final TopologyBuilder b = new TopologyBuilder("contoso-voice");
		final Product ocs = b.product("Office Communications Server 2007 R2", "2007 R2");
		final RoleDefinition mediation = b.role("Mediation Server", RoleKind.SERVER_ROLE, ocs);
		final RoleDefinition frontEnd = b.role("Front End", RoleKind.SERVER_ROLE, ocs);
		final NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		final NetworkZone voice = b.zone("voice", ZoneKind.INTERNAL);
		final Domain domain = b.domain("contoso", "contoso.com");
		final Server med1 = b.server("med1", "med1.contoso.com");
		final Server fe1 = b.server("fe1", "fe1.contoso.com");
		final ExternalParty gateway = b.external("gw1", ExternalPartyKind.PSTN_GATEWAY, voice);
		final Certificate gatewayCert = b.certificate("gw1-cert", IssuerKind.ENTERPRISE, "gw1.contoso.com");
		final SipTrunk trunk = trunk("med1-gw1");

		Mediation() {
			med1.setArchitecture(Architecture.X64);
			med1.setDomain(domain);
			nic(med1, "10.0.0.30", corp).setSide(InterfaceSide.INTERNAL); // OCS-facing listening address (000 L232)
			NetworkInterface gatewayFacing = nic(med1, "192.168.100.30", voice);
			gatewayFacing.setSide(InterfaceSide.EXTERNAL); // gateway-facing listening address (000 L232)
			gatewayFacing.setRegisterInDns(false); // gateway-facing: not in DNS (000 L249-263)
			install(med1, mediation, "2007 R2");
			med1.getCertificates().add(b.certificate("med1-cert", IssuerKind.ENTERPRISE, "med1.contoso.com"));
			fe1.setDomain(domain);
			nic(fe1, "10.0.0.20", corp);
			install(fe1, frontEnd, "2007 R2");
			gateway.setFqdn("gw1.contoso.com");
			gateway.getAddresses().add("192.168.100.1");
			gateway.getCertificates().add(gatewayCert);
		}

		SipTrunk trunk(String name) {
			SipTrunk t = F.createSipTrunk();
			t.setName(name);
			t.setMediation(med1);
			t.setGateway(gateway);
			t.setGatewayAddress("gw1.contoso.com");
			t.setGatewayPort(5061);
			t.setListeningPort(5060);
			t.setTransport(SipTransport.TLS);
			t.setNextHop(fe1);
			b.topology.getConnectors().add(t);
			return t;
		}
	}

	/**
	 * Skype for Business 2015 DNS-load-balanced Front End and Director pools with web HLB VIPs, organization-wide IPsec
	 * with the media exemptions, client media port ranges of 20 ports.
	 */
	static final class Skype2015 {
		final TopologyBuilder b = new TopologyBuilder("contoso-sfb");
		final Product sfb = b.product("Skype for Business Server 2015", "2015");
		final RoleDefinition frontEnd = b.role("Front End", RoleKind.SERVER_ROLE, sfb);
		final RoleDefinition director = b.role("Director", RoleKind.SERVER_ROLE, sfb);
		final NetworkZone corp = b.zone("corp", ZoneKind.INTERNAL);
		final Server fe1 = server("fe1", "10.0.0.21", frontEnd);
		final Server fe2 = server("fe2", "10.0.0.22", frontEnd);
		final Server dir1 = server("dir1", "10.0.0.31", director);
		final Pool fePool = b.pool("fe-pool", "pool.contoso.com", LoadBalancingKind.DNS, fe1, fe2);
		final Pool dirPool = b.pool("dir-pool", "dir.contoso.com", LoadBalancingKind.DNS, dir1);
		final VirtualIp feWebVip = b.vip(fePool, "10.0.0.20", corp, "80", "443", "8080", "4443");
		final VirtualIp dirWebVip = b.vip(dirPool, "10.0.0.30", corp, "443", "4443");
		final IpsecPolicy ipsec = F.createIpsecPolicy();
		final IpsecExemption udpMedia = exemption("media-udp", Transport.UDP);
		final IpsecExemption tcpMedia = exemption("media-tcp", Transport.TCP);
		final CommunicationsDeployment deployment = F.createCommunicationsDeployment();

		Skype2015() {
			ipsec.setName("domain-isolation");
			ipsec.getScope().add(corp);
			ipsec.getExemptions().add(udpMedia);
			ipsec.getExemptions().add(tcpMedia);
			b.topology.getIpsecPolicies().add(ipsec);
			deployment.setName("sfb");
			deployment.setClientMediaPortRangeEnabled(true);
			deployment.setAudioPorts(TopologyBuilder.ports("50020-50039"));
			deployment.setVideoPorts(TopologyBuilder.ports("58000-58019"));
			b.topology.getOrganizations().add(deployment);
		}

		Server server(String name, String ip, RoleDefinition role) {
			Server s = b.server(name, name + ".contoso.com");
			nic(s, ip, corp);
			install(s, role, "2015");
			return s;
		}

		IpsecExemption exemption(String name, Transport transport) {
			IpsecExemption e = F.createIpsecExemption();
			e.setName(name);
			e.setTransport(transport);
			e.setPorts(TopologyBuilder.ports("any"));
			e.setDirection(RuleDirection.BOTH);
			e.setAuthentication("Do not authenticate");
			return e;
		}
	}

	/** Active Directory: default password policy, users with domain and alternative UPN suffixes, a DL. */
	static final class Directory {
		final TopologyBuilder b = new TopologyBuilder("contoso-ad");
		final Domain domain = b.domain("contoso", "contoso.com");
		final PasswordPolicy policy = F.createPasswordPolicy();
		final DomainUser alice = user("alice", "alice@contoso.com");
		final DomainUser bob = user("bob", "bob@contoso.net");
		final DomainGroup sales = F.createDomainGroup();

		Directory() {
			domain.setPasswordPolicy(policy);
			((org.portolan.model.Forest) domain.eContainer()).getUpnSuffixes().add("contoso.net");
			sales.setName("sales");
			sales.setDisplayName("Sales DL");
			sales.setGroupType(GroupType.DISTRIBUTION);
			domain.getGroups().add(sales);
		}

		DomainUser user(String name, String upn) {
			DomainUser u = F.createDomainUser();
			u.setName(name);
			u.setUserPrincipalName(upn);
			domain.getUsers().add(u);
			return u;
		}
	}
}
