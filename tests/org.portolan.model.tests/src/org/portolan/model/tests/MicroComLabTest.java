package org.portolan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.model.tests.ModelTestSupport.F;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.model.Architecture;
import org.portolan.model.Catalog;
import org.portolan.model.Certificate;
import org.portolan.model.ConnectorUsage;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.DhcpScope;
import org.portolan.model.DnsRecord;
import org.portolan.model.DnsRecordType;
import org.portolan.model.DnsZone;
import org.portolan.model.Domain;
import org.portolan.model.DomainFunctionalLevel;
import org.portolan.model.DomainUser;
import org.portolan.model.ExchangeOrganization;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.Forest;
import org.portolan.model.ForestFunctionalLevel;
import org.portolan.model.InterfaceSide;
import org.portolan.model.IssuerKind;
import org.portolan.model.KeyUsage;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.NameScope;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.PermissionGroup;
import org.portolan.model.Product;
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
import org.portolan.model.ReceiveConnector;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.RoleKind;
import org.portolan.model.SendConnector;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.ZoneKind;

/**
 * The micro.com Exchange 2007 lab of shared/domain/README.md section 3.1 (source 000 L805-901, L17-27, L48-106,
 * L413-570), built with the generated API, saved as XMI and reloaded.
 */
class MicroComLabTest {

	@TempDir
	Path tmp;

	// ------------------------------------------------------------------ a small catalog (separate resource)

	static final class LabCatalog {
		final Catalog catalog = F.createCatalog();
		final RoleDefinition activeDirectory, dnsServer, dhcpServer, mailbox, clientAccess, hubTransport, internetSmtp,
				client;

		LabCatalog() {
			catalog.setName("labCatalog");
			Product windows = product("WindowsServer2008", "Windows Server", "2008");
			Product exchange = product("Exchange2007", "Exchange", "2007");
			activeDirectory = role("ActiveDirectory", "Active Directory", windows, RoleKind.SERVER_ROLE);
			dnsServer = role("DnsServer", "DNS Server", windows, RoleKind.SERVER_ROLE);
			dhcpServer = role("DhcpServer", "DHCP Server", windows, RoleKind.SERVER_ROLE);
			mailbox = role("Exchange2007_Mailbox", "Mailbox", exchange, RoleKind.SERVER_ROLE);
			clientAccess = role("Exchange2007_ClientAccess", "Client Access", exchange, RoleKind.SERVER_ROLE);
			hubTransport = role("Exchange2007_HubTransport", "Hub Transport", exchange, RoleKind.SERVER_ROLE);
			hubTransport.getAliases().add("HUB");
			internetSmtp = role("InternetSmtpHost", "Internet SMTP host", null, RoleKind.EXTERNAL_PARTY);
			client = role("Client", "Client", null, RoleKind.CLIENT);

			ListeningEndpoint owa = F.createListeningEndpoint();
			owa.setName("Exchange2007_CAS_HTTPS");
			owa.setRole(clientAccess);
			owa.setAppProtocol("HTTPS");
			owa.setTransport(Transport.TCP);
			owa.setPorts(ModelTestSupport.port(443));
			owa.setSecurity("SSL");
			owa.setProduct(exchange);
			catalog.getEndpoints().add(owa);

			DataPathDefinition inboundSmtp = F.createDataPathDefinition();
			inboundSmtp.setName("Internet_to_Hub_SMTP");
			inboundSmtp.setFrom(internetSmtp);
			inboundSmtp.setTo(hubTransport);
			inboundSmtp.setAppProtocol("SMTP");
			inboundSmtp.setTransport(Transport.TCP);
			inboundSmtp.setPorts(ModelTestSupport.port(25));
			inboundSmtp.setInterfaceSide(InterfaceSide.ANY);
			inboundSmtp.getConditions().add("!edgeTransport");
			inboundSmtp.setNote("Without an Edge server the Hub receives Internet mail on its Default receive connector.");
			inboundSmtp.setSource(ModelTestSupport.source("000", "68-74", null));
			catalog.getDataPaths().add(inboundSmtp);
		}

		private Product product(String name, String family, String version) {
			Product p = F.createProduct();
			p.setName(name);
			p.setVendor("Microsoft");
			p.setFamily(family);
			p.setVersion(version);
			catalog.getProducts().add(p);
			return p;
		}

		private RoleDefinition role(String name, String label, Product product, RoleKind kind) {
			RoleDefinition r = F.createRoleDefinition();
			r.setName(name);
			r.setLabel(label);
			r.setProduct(product);
			r.setKind(kind);
			catalog.getRoles().add(r);
			return r;
		}
	}

	// ------------------------------------------------------------------ the lab topology

	static Topology buildLab(LabCatalog cat) {
		Topology lab = F.createTopology();
		lab.setName("microComLab");
		lab.setDescription("Exchange 2007 single server (HUB+CAS+MBX, no Edge) lab, source 000");
		lab.setPlannedGoLiveDate("2010-06-01");
		org.portolan.model.Import catalogImport = F.createImport();
		catalogImport.setImportURI("catalog.xmi");
		lab.getImports().add(catalogImport);

		// Active Directory: new forest / new domain MICRO.COM, forest functional level Windows Server 2008
		Forest forest = F.createForest();
		forest.setName("micro");
		forest.setFqdn("micro.com");
		forest.setFunctionalLevel(ForestFunctionalLevel.WINDOWS_SERVER_2008);
		forest.getAdPreparations().add("Exchange 2007 SP1 PrepareAD");
		lab.getForests().add(forest);
		Domain domain = F.createDomain();
		domain.setName("MICRO.COM");
		domain.setFqdn("micro.com");
		domain.setNetbiosName("MICRO");
		domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_SERVER_2008);
		domain.setPasswordPolicy(F.createPasswordPolicy()); // Default Domain Policy values
		forest.getDomains().add(domain);
		domain.getUsers().add(user("Test", "test@micro.com"));
		domain.getUsers().add(user("shine1219", "shine1219@micro.com"));

		Site site = F.createSite();
		site.setName("Default-First-Site-Name");
		site.setForest(forest);
		site.getSubnets().add("192.168.10.0/24");
		lab.getSites().add(site);

		NetworkZone internal = F.createNetworkZone();
		internal.setName("internal");
		internal.setKind(ZoneKind.INTERNAL);
		internal.getSubnets().add("192.168.10.0/24");
		internal.setSite(site);
		lab.getZones().add(internal);
		NetworkZone internet = F.createNetworkZone();
		internet.setName("internet");
		internet.setKind(ZoneKind.EXTERNAL);
		internet.getSubnets().add("0.0.0.0/0");
		lab.getZones().add(internet);

		// AD server: 192.168.10.10, DNS + DHCP + first DC
		Server ad = server("ad", "ad.micro.com", domain, site);
		ad.getInterfaces().add(nic("ad-lan", "192.168.10.10", internal));
		ad.getRoles().add(role("ad-dc", cat.activeDirectory, "Windows Server 2008"));
		ad.getRoles().add(role("ad-dns", cat.dnsServer, "Windows Server 2008"));
		ad.getRoles().add(role("ad-dhcp", cat.dhcpServer, "Windows Server 2008"));
		DhcpScope scope = F.createDhcpScope();
		scope.setName("lab-scope");
		scope.setSubnet("192.168.10.0/24");
		scope.setStartAddress("192.168.10.1");
		scope.setEndAddress("192.168.10.254");
		scope.getExclusionRanges().add("192.168.10.1-192.168.10.30");
		scope.setRouter("192.168.10.1");
		scope.getDnsServers().add("192.168.10.10");
		ad.getDhcpScopes().add(scope);
		ad.setDhcpAuthorizedInAd(true);
		lab.getServers().add(ad);

		// Mail server: Windows Server 2008 Enterprise + Exchange Server 2007 Enterprise (x86 test build)
		Server mail = server("mail", "mail.micro.com", domain, site);
		mail.setArchitecture(Architecture.X86);
		NetworkInterface mailNic = nic("mail-lan", "192.168.10.15", internal);
		mail.getInterfaces().add(mailNic);
		for (String feature : List.of("RSAT-ADDS", "PowerShell", "Web-Server", "ISAPI-Ext", "Lgcy-Mgmt-Console",
				"Basic-Auth", "Windows-Auth", "Digest-Auth", "Dyn-Compression", "RPC-over-http-proxy")) {
			mail.getWindowsFeatures().add(feature);
		}
		RoleInstance mbx = exchangeRole("mail-mbx", cat.mailbox);
		RoleInstance cas = exchangeRole("mail-cas", cat.clientAccess);
		RoleInstance hub = exchangeRole("mail-hub", cat.hubTransport);
		mail.getRoles().add(mbx);
		mail.getRoles().add(cas);
		mail.getRoles().add(hub);
		lab.getServers().add(mail);

		Certificate mailCert = F.createCertificate();
		mailCert.setName("mail-cert");
		mailCert.setSubjectCommonName("mail.micro.com");
		mailCert.getSubjectAlternativeNames().add("mail.micro.com");
		mailCert.getSubjectAlternativeNames().add("mail");
		mailCert.setIssuerKind(IssuerKind.SELF_SIGNED);
		mailCert.setNotBefore("2010-01-15");
		mailCert.setNotAfter("2011-01-15");
		mailCert.getKeyUsages().add(KeyUsage.DIGITAL_SIGNATURE);
		mailCert.getKeyUsages().add(KeyUsage.KEY_ENCIPHERMENT);
		mailCert.getEnhancedKeyUsages().add("serverAuth");
		mailCert.getAssignedServices().add("IIS");
		mailCert.getAssignedServices().add("SMTP");
		mailCert.setKeySize(2048);
		lab.getCertificates().add(mailCert);
		mail.getCertificates().add(mailCert);
		cas.getCertificates().add(mailCert);
		hub.getCertificates().add(mailCert);

		ExchangeOrganization org = F.createExchangeOrganization();
		org.setName("MicroOrg");
		org.setForest(forest);
		org.getAcceptedDomains().add("micro.com");
		lab.getOrganizations().add(org);

		// Organization-level send connector "Internet(외부)": usage Internet, address space *, DNS MX routing
		SendConnector internetSend = F.createSendConnector();
		internetSend.setName("Internet");
		internetSend.setDescription("Internet(외부)");
		internetSend.setUsage(ConnectorUsage.INTERNET);
		internetSend.getAddressSpaces().add("*");
		internetSend.setDnsRouting(true);
		internetSend.getSourceServers().add(mail);
		lab.getConnectors().add(internetSend);

		// Default receive connector with Anonymous users
		ReceiveConnector defaultReceive = F.createReceiveConnector();
		defaultReceive.setName("Default MAIL");
		defaultReceive.setServer(mail);
		defaultReceive.getBindings().add("0.0.0.0:25");
		defaultReceive.getRemoteIpRanges().add("0.0.0.0-255.255.255.255");
		defaultReceive.getPermissionGroups().add(PermissionGroup.ANONYMOUS_USERS);
		defaultReceive.getPermissionGroups().add(PermissionGroup.EXCHANGE_USERS);
		defaultReceive.getPermissionGroups().add(PermissionGroup.EXCHANGE_SERVERS);
		defaultReceive.getPermissionGroups().add(PermissionGroup.EXCHANGE_LEGACY_SERVERS);
		lab.getConnectors().add(defaultReceive);

		// OWA https://mail.micro.com/exchange (SSL by default)
		PublishedName owa = F.createPublishedName();
		owa.setName("owa");
		owa.setKind(PublishedNameKind.OWA_URL);
		owa.setValue("https://mail.micro.com/exchange");
		owa.setScope(NameScope.INTERNAL);
		owa.getServedBy().add(cas);
		owa.setCertificate(mailCert);
		lab.getPublishedNames().add(owa);

		DnsZone zone = F.createDnsZone();
		zone.setName("micro-com");
		zone.setZoneName("micro.com");
		zone.setScope(NameScope.INTERNAL);
		zone.setAdIntegrated(true);
		zone.getServers().add(ad);
		zone.getRecords().add(record("mail-a", "mail", DnsRecordType.A, "192.168.10.15", mailNic));
		DnsRecord mx = record("mx", "@", DnsRecordType.MX, "mail.micro.com", mail);
		mx.setPriority(10);
		zone.getRecords().add(mx);
		lab.getDnsZones().add(zone);

		ExternalParty smtpHosts = F.createExternalParty();
		smtpHosts.setName("internetSmtpHosts");
		smtpHosts.setKind(ExternalPartyKind.INTERNET_SMTP_HOST);
		smtpHosts.setRole(cat.internetSmtp);
		smtpHosts.setZone(internet);
		lab.getExternalParties().add(smtpHosts);
		ExternalParty outlook = F.createExternalParty();
		outlook.setName("outlook2007");
		outlook.setKind(ExternalPartyKind.CLIENT);
		outlook.setRole(cat.client);
		outlook.setProduct("Outlook");
		outlook.setProductVersion("2007");
		outlook.setPlatform("Windows 7");
		outlook.setDomain(domain);
		outlook.setZone(internal);
		lab.getExternalParties().add(outlook);
		return lab;
	}

	private static DomainUser user(String logon, String upn) {
		DomainUser u = F.createDomainUser();
		u.setName(logon);
		u.setSamAccountName(logon);
		u.setUserPrincipalName(upn);
		return u;
	}

	private static Server server(String name, String fqdn, Domain domain, Site site) {
		Server s = F.createServer();
		s.setName(name);
		s.setFqdn(fqdn);
		s.setOsEdition("Windows Server 2008 Enterprise");
		s.setOsVersion("Windows Server 2008");
		s.setDomain(domain);
		s.setSite(site);
		return s;
	}

	private static NetworkInterface nic(String name, String ip, NetworkZone zone) {
		NetworkInterface n = F.createNetworkInterface();
		n.setName(name);
		n.setIpAddress(ip);
		n.setPrefixLength(24);
		n.setDefaultGateway("192.168.10.1");
		n.getDnsServers().add("192.168.10.10");
		n.setZone(zone);
		return n;
	}

	private static RoleInstance role(String name, RoleDefinition definition, String version) {
		RoleInstance r = F.createRoleInstance();
		r.setName(name);
		r.setRole(definition);
		r.setProductVersion(version);
		return r;
	}

	private static RoleInstance exchangeRole(String name, RoleDefinition definition) {
		RoleInstance r = role(name, definition, "Exchange Server 2007");
		r.setEdition("Enterprise");
		r.setServicePack("SP1");
		return r;
	}

	private static DnsRecord record(String name, String host, DnsRecordType type, String target,
			org.portolan.model.Addressable servedBy) {
		DnsRecord r = F.createDnsRecord();
		r.setName(name);
		r.setHostName(host);
		r.setType(type);
		r.setTarget(target);
		r.setServedBy(servedBy);
		return r;
	}

	// ------------------------------------------------------------------ the test

	@Test
	void microComLabSurvivesXmiRoundTrip() throws IOException {
		LabCatalog cat = new LabCatalog();
		Topology lab = buildLab(cat);

		ResourceSet rs = ModelTestSupport.newResourceSet();
		ModelTestSupport.newResource(rs, tmp, "catalog.xmi", cat.catalog);
		ModelTestSupport.newResource(rs, tmp, "microcom.xmi", lab);
		ModelTestSupport.assertNoValidationErrors(lab);
		ModelTestSupport.assertNoValidationErrors(cat.catalog);
		ModelTestSupport.saveAll(rs);

		List<Resource> reloaded = ModelTestSupport.reloadAll(rs);
		Catalog catalog2 = (Catalog) reloaded.get(0).getContents().get(0);
		Topology lab2 = (Topology) reloaded.get(1).getContents().get(0);
		assertNotSame(lab, lab2);
		assertTrue(EcoreUtil.equals(cat.catalog, catalog2), "catalog differs after reload");
		assertTrue(EcoreUtil.equals(lab, lab2), "topology differs after reload");

		Server mail2 = lab2.getServers().stream().filter(s -> "mail".equals(s.getName())).findFirst().orElseThrow();
		assertEquals("mail.micro.com", mail2.getFqdn());
		assertEquals("192.168.10.15", mail2.getInterfaces().get(0).getIpAddress());
		assertEquals(Architecture.X86, mail2.getArchitecture());
		assertEquals("MICRO.COM", mail2.getDomain().getName());
		assertEquals(List.of("Exchange2007_Mailbox", "Exchange2007_ClientAccess", "Exchange2007_HubTransport"),
				mail2.getRoles().stream().map(r -> r.getRole().getName()).toList());
		// the role definitions are resolved into the reloaded catalog resource, not copied
		assertTrue(mail2.getRoles().get(2).getRole().eResource() == reloaded.get(0));

		SendConnector send2 = (SendConnector) lab2.getConnectors().get(0);
		assertEquals(List.of("*"), send2.getAddressSpaces());
		assertEquals(ConnectorUsage.INTERNET, send2.getUsage());
		assertTrue(send2.isDnsRouting());
		assertEquals(25, send2.getPort(), "default port");
		ReceiveConnector receive2 = (ReceiveConnector) lab2.getConnectors().get(1);
		assertTrue(receive2.getPermissionGroups().contains(PermissionGroup.ANONYMOUS_USERS));
		assertEquals("https://mail.micro.com/exchange", lab2.getPublishedNames().get(0).getValue());
		assertEquals("mail.micro.com", lab2.getCertificates().get(0).getSubjectCommonName());
		assertEquals(ForestFunctionalLevel.WINDOWS_SERVER_2008, lab2.getForests().get(0).getFunctionalLevel());
		assertEquals(24, lab2.getForests().get(0).getDomains().get(0).getPasswordPolicy().getHistorySize(),
				"Default Domain Policy default");
		assertEquals(3389, mail2.getRdpPort(), "default RDP port");
	}
}
