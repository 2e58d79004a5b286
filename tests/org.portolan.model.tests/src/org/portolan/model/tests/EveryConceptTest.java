package org.portolan.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.portolan.model.tests.ModelTestSupport.F;
import static org.portolan.model.tests.ModelTestSupport.anyAddress;
import static org.portolan.model.tests.ModelTestSupport.anyPort;
import static org.portolan.model.tests.ModelTestSupport.cidr;
import static org.portolan.model.tests.ModelTestSupport.element;
import static org.portolan.model.tests.ModelTestSupport.port;
import static org.portolan.model.tests.ModelTestSupport.portRange;
import static org.portolan.model.tests.ModelTestSupport.ports;
import static org.portolan.model.tests.ModelTestSupport.range;
import static org.portolan.model.tests.ModelTestSupport.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.portolan.model.*;

/**
 * One model (a topology resource plus a catalog resource) that instantiates every concrete EClass of the Portolan
 * package with values from the domain data: Lync 2013 scaled consolidated Edge pool with DNS load balancing and NAT'd
 * private addresses (source 003), SfB 2015 Front End pool with hardware load balancer and collocated Mediation, SIP
 * trunk TLS 5067 with SRTP required (004), Exchange 2010 with Edge subscription (001), IPsec exemptions (004).
 */
class EveryConceptTest {

	@TempDir
	Path tmp;

	// ------------------------------------------------------------------ catalog

	static final class TestCatalog {
		final Catalog catalog = F.createCatalog();
		final Product lync2013, sfb2015, exchange2010, windows;
		final RoleDefinition any, client, federatedPartner, pstnGateway, edge, accessEdge, webConfEdge, avEdge,
				xmppProxy, frontEnd, mediation, director, hubTransport, clientAccess, mailbox, edgeTransport,
				activeDirectory, dnsServer, dhcpServer;
		final ListeningEndpoint mbxReplication, feSipTls;

		TestCatalog() {
			catalog.setName("portolanCatalog");
			catalog.setVersion("0.1.0");
			SourceDocument doc003 = F.createSourceDocument();
			doc003.setName("doc003");
			doc003.setDocumentId("003");
			doc003.setFile("003_6d4d06de69146f55.txt");
			doc003.setTitle("Lync Server 2013 port summary - scaled consolidated Edge, DNS LB, NAT'd private IPs");
			doc003.setProduct("Lync Server 2013");
			doc003.setLanguage("ko");
			doc003.setDate("2015-03-09");
			catalog.getDocuments().add(doc003);

			lync2013 = product("Lync2013", "Lync", "2013");
			sfb2015 = product("SfB2015", "Skype for Business", "2015");
			exchange2010 = product("Exchange2010", "Exchange", "2010");
			windows = product("WindowsServer2008R2", "Windows Server", "2008 R2");

			any = role("Any", "Any", null, RoleKind.ANY);
			client = role("Client", "Client", null, RoleKind.CLIENT);
			federatedPartner = role("FederatedPartner", "Federated partner", null, RoleKind.EXTERNAL_PARTY);
			pstnGateway = role("PstnGateway", "PSTN gateway", null, RoleKind.EXTERNAL_PARTY);
			pstnGateway.getAliases().add("IP Gateway/IP PBX");
			accessEdge = role("Lync2013_AccessEdge", "Edge (Access Edge service)", lync2013, RoleKind.SERVER_ROLE);
			webConfEdge = role("Lync2013_WebConfEdge", "Edge (Web Conferencing Edge service)", lync2013,
					RoleKind.SERVER_ROLE);
			avEdge = role("Lync2013_AvEdge", "Edge (A/V Edge service)", lync2013, RoleKind.SERVER_ROLE);
			xmppProxy = role("Lync2013_XmppProxy", "Edge (XMPP Proxy)", lync2013, RoleKind.SERVER_ROLE);
			edge = role("Lync2013_Edge", "Edge", lync2013, RoleKind.SERVER_ROLE);
			edge.getIncludes().addAll(List.of(accessEdge, webConfEdge, avEdge, xmppProxy));
			frontEnd = role("SfB2015_FrontEnd", "Front End", sfb2015, RoleKind.SERVER_ROLE);
			mediation = role("SfB2015_Mediation", "Mediation", sfb2015, RoleKind.SERVER_ROLE);
			director = role("SfB2015_Director", "Director", sfb2015, RoleKind.SERVER_ROLE);
			hubTransport = role("Exchange2010_HubTransport", "Hub Transport", exchange2010, RoleKind.SERVER_ROLE);
			clientAccess = role("Exchange2010_ClientAccess", "Client Access", exchange2010, RoleKind.SERVER_ROLE);
			mailbox = role("Exchange2010_Mailbox", "Mailbox", exchange2010, RoleKind.SERVER_ROLE);
			edgeTransport = role("Exchange2010_EdgeTransport", "Edge Transport", exchange2010, RoleKind.SERVER_ROLE);
			activeDirectory = role("ActiveDirectory", "Active Directory", windows, RoleKind.SERVER_ROLE);
			activeDirectory.getAliases().add("Domain controller");
			dnsServer = role("DnsServer", "DNS Server", windows, RoleKind.SYSTEM_SERVICE);
			dhcpServer = role("DhcpServer", "DHCP Server", windows, RoleKind.SYSTEM_SERVICE);

			// 004 L58: Front End 5061 TLS (client-server) / MTLS (server-server)
			feSipTls = endpoint("SfB2015_FE_SIP_5061", frontEnd, "SIP", Transport.TCP, port(5061),
					"TLS (client-server); MTLS (server-server, Front End-Mediation)", sfb2015);
			feSipTls.setServiceName("Skype for Business Server Front-End service");
			feSipTls.setSource(source("004", "58", "ports/004_sfb2015_server_ports_by_role.csv"));
			// 004 L78: PSTN gateway -> collocated Mediation 5067 TLS
			ListeningEndpoint medTls = endpoint("SfB2015_FE_Mediation_5067", frontEnd, "SIP", Transport.TCP,
					port(5067), "TLS", sfb2015);
			medTls.getInitiators().add(pstnGateway);
			medTls.getConditions().add("collocatedMediation");
			medTls.setStatedDirection("inbound");
			// 001: DAG log shipping / seeding 64327 (customizable)
			mbxReplication = endpoint("Exchange2010_MBX_Replication", mailbox, "Log shipping (replication)",
					Transport.TCP, port(64327), null, exchange2010);
			mbxReplication.setNote("Default port, customizable (EXCH2010-MBX-002).");

			// 003 L86-91: federated partner -> Access Edge SIP/MTLS 5061, external interface
			DataPathDefinition federationIn = F.createDataPathDefinition();
			federationIn.setName("Lync2013_Federation_SIP_In");
			federationIn.setFrom(federatedPartner);
			federationIn.setTo(accessEdge);
			federationIn.setInterfaceSide(InterfaceSide.EXTERNAL);
			federationIn.setAppProtocol("SIP");
			federationIn.setTransport(Transport.TCP);
			federationIn.setPorts(port(5061));
			federationIn.setSecurity("MTLS");
			federationIn.getConditions().add("federation");
			federationIn.setProduct(lync2013);
			SourceReference src = source("003", "86-91", "ports/003_lync2013_edge_external_interface.csv");
			src.setFile("003_6d4d06de69146f55.txt");
			src.setSection("Firewall summary for scaled consolidated Edge: External interface");
			federationIn.setSource(src);
			catalog.getDataPaths().add(federationIn);
			// 003 L104-109: A/V Edge -> federated partner RTP/TCP 50000-59999
			DataPathDefinition avOut = F.createDataPathDefinition();
			avOut.setName("Lync2013_AV_Federation_Out");
			avOut.setFrom(avEdge);
			avOut.setTo(federatedPartner);
			avOut.setInterfaceSide(InterfaceSide.EXTERNAL);
			avOut.setAppProtocol("RTP");
			avOut.setTransport(Transport.TCP);
			avOut.setPorts(range(50000, 59999));
			avOut.getConditions().add("federation");
			avOut.getConditions().add("partnerVersion=OCS 2007");
			avOut.setSource(source("003", "104-109", "ports/003_lync2013_edge_external_interface.csv"));
			catalog.getDataPaths().add(avOut);
			// 001 transport table: Hub -> Edge SMTP 25, mutual TLS, direct trust
			DataPathDefinition hubToEdge = F.createDataPathDefinition();
			hubToEdge.setName("Exchange2010_Hub_to_Edge_SMTP");
			hubToEdge.setFrom(hubTransport);
			hubToEdge.setTo(edgeTransport);
			hubToEdge.setAppProtocol("SMTP");
			hubToEdge.setTransport(Transport.TCP);
			hubToEdge.setPorts(port(25));
			hubToEdge.setSecurity("TLS (mutual TLS)");
			hubToEdge.setDefaultAuth("Direct trust");
			hubToEdge.getSupportedAuth().add("Direct trust");
			hubToEdge.setEncryptionSupported("Yes, using TLS");
			hubToEdge.setEncryptionDefault("");
			hubToEdge.setProduct(exchange2010);
			SourceReference gk = source("001", "31-39", "ports/001_exchange2010_transport_data_paths.csv");
			gk.setGeneralKnowledge(true);
			hubToEdge.setSource(gk);
			catalog.getDataPaths().add(hubToEdge);
			// 000: RPC with the endpoint mapper, "135,dynamic RPC"
			DataPathDefinition rpc = F.createDataPathDefinition();
			rpc.setName("Exchange_Client_RPC");
			rpc.setFrom(client);
			rpc.setTo(clientAccess);
			rpc.setAppProtocol("RPC");
			rpc.setTransport(Transport.TCP);
			rpc.setPorts(ModelTestSupport.dynamicRpc());
			catalog.getDataPaths().add(rpc);
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

		private ListeningEndpoint endpoint(String name, RoleDefinition role, String protocol, Transport transport,
				PortSpec ports, String security, Product product) {
			ListeningEndpoint e = F.createListeningEndpoint();
			e.setName(name);
			e.setRole(role);
			e.setAppProtocol(protocol);
			e.setTransport(transport);
			e.setPorts(ports);
			e.setSecurity(security);
			e.setProduct(product);
			catalog.getEndpoints().add(e);
			return e;
		}
	}

	// ------------------------------------------------------------------ topology

	static Topology buildContoso(TestCatalog cat) {
		Topology t = F.createTopology();
		t.setName("contoso");
		t.setPlannedGoLiveDate("2016-09-01");
		Import imp = F.createImport();
		imp.setImportURI("catalog.xmi");
		t.getImports().add(imp);

		// --- AD
		Forest contoso = F.createForest();
		contoso.setName("contosoForest");
		contoso.setFqdn("contoso.com");
		contoso.setFunctionalLevel(ForestFunctionalLevel.WINDOWS_SERVER_2008_R2);
		contoso.getUpnSuffixes().add("contoso-mail.com");
		contoso.getAdPreparations().add("Skype for Business Server 2015 Prepare-CsForest");
		Forest fabrikam = F.createForest();
		fabrikam.setName("fabrikamForest");
		fabrikam.setFqdn("fabrikam.com");
		fabrikam.setFunctionalLevel(ForestFunctionalLevel.WINDOWS_SERVER_2003);
		t.getForests().add(contoso);
		t.getForests().add(fabrikam);
		ForestTrust trust = F.createForestTrust();
		trust.setName("contoso-fabrikam");
		trust.setPartner(fabrikam);
		trust.setTrustType(TrustType.FOREST);
		trust.setDirection(TrustDirection.TWO_WAY);
		trust.setAuthentication(TrustAuthentication.FOREST_WIDE);
		contoso.getTrusts().add(trust);

		Domain domain = F.createDomain();
		domain.setName("contoso");
		domain.setFqdn("contoso.com");
		domain.setNetbiosName("CONTOSO");
		domain.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_SERVER_2008_R2);
		contoso.getDomains().add(domain);
		Domain child = F.createDomain();
		child.setName("emea");
		child.setFqdn("emea.contoso.com");
		child.setNetbiosName("EMEA");
		child.setFunctionalLevel(DomainFunctionalLevel.WINDOWS_2000_NATIVE);
		child.setParent(domain);
		contoso.getDomains().add(child);
		PasswordPolicy policy = F.createPasswordPolicy();
		policy.setMaxAgeDays(90);
		policy.setMinLength(8);
		policy.setLockoutThreshold(5);
		domain.setPasswordPolicy(policy);
		DomainGroup rtcAdmins = F.createDomainGroup();
		rtcAdmins.setName("RTCUniversalServerAdmins");
		rtcAdmins.setDisplayName("RTCUniversalServerAdmins");
		rtcAdmins.setGroupType(GroupType.SECURITY);
		rtcAdmins.setScope(GroupScope.UNIVERSAL);
		rtcAdmins.setUsedInAcl(true);
		domain.getGroups().add(rtcAdmins);
		DomainUser alice = F.createDomainUser();
		alice.setName("alice");
		alice.setSamAccountName("alice");
		alice.setUserPrincipalName("alice@contoso-mail.com");
		alice.setDisplayName("Alice");
		alice.setPrimarySmtpAddress("alice@contoso.com");
		alice.setSipAddress("sip:alice@contoso.com");
		alice.setLineUri("tel:+14255550100;ext=1001");
		alice.setEnterpriseVoiceEnabled(true);
		alice.setUmEnabled(true);
		alice.getMemberOf().add(rtcAdmins);
		domain.getUsers().add(alice);

		Site redmond = F.createSite();
		redmond.setName("Redmond");
		redmond.setForest(contoso);
		redmond.getSubnets().add("10.0.0.0/16");
		t.getSites().add(redmond);

		// --- zones and firewalls (internal | perimeter | Internet)
		NetworkZone internal = zone("internal", ZoneKind.INTERNAL, "10.0.0.0/16", redmond);
		NetworkZone perimeter = zone("perimeter", ZoneKind.PERIMETER, "172.25.33.0/24", redmond);
		perimeter.getSubnets().add("172.25.34.0/24");
		NetworkZone internet = zone("internet", ZoneKind.EXTERNAL, "0.0.0.0/0", null);
		t.getZones().addAll(List.of(internal, perimeter, internet));

		// --- servers
		Server dc = server("dc01", "dc01.contoso.com", domain, redmond, "Windows Server 2008 R2 Enterprise",
				"Windows Server 2008 R2");
		dc.getInterfaces().add(nic("dc01-lan", "10.0.0.10", internal, InterfaceSide.ANY));
		dc.getRoles().add(roleInstance("dc01-ad", cat.activeDirectory, "Windows Server 2008 R2"));
		dc.getRoles().add(roleInstance("dc01-dns", cat.dnsServer, "Windows Server 2008 R2"));
		dc.getRoles().add(roleInstance("dc01-dhcp", cat.dhcpServer, "Windows Server 2008 R2"));
		WindowsService w32time = F.createWindowsService();
		w32time.setName("W32Time");
		w32time.setDisplayName("Windows Time");
		w32time.setStartupType(ServiceStartupType.AUTOMATIC);
		w32time.setState(ServiceState.RUNNING);
		dc.getServices().add(w32time);
		WindowsService dfsr = F.createWindowsService();
		dfsr.setName("DFSR");
		dfsr.setDisplayName("DFS Replication");
		dfsr.setConfiguredPorts(port(5722));
		dc.getServices().add(dfsr);
		DhcpScope phones = F.createDhcpScope();
		phones.setName("phones");
		phones.setSubnet("10.0.20.0/24");
		phones.setStartAddress("10.0.20.10");
		phones.setEndAddress("10.0.20.250");
		phones.getExclusionRanges().add("10.0.20.10-10.0.20.20");
		phones.setRouter("10.0.20.1");
		phones.getDnsServers().add("10.0.0.10");
		phones.getOptions().add("43=sfbpool.contoso.com");
		phones.setActiveLeases(120);
		dc.getDhcpScopes().add(phones);
		dc.setDhcpAuthorizedInAd(true);
		dc.setRpcDynamicPorts(range(50000, 50200));
		t.getServers().add(dc);

		// Lync 2013 scaled consolidated Edge, two nodes, DNS load balancing, NAT'd private addresses (003)
		Server edge1 = edgeNode("edge01", "172.25.33.10", "131.107.155.10", cat, perimeter, 1);
		Server edge2 = edgeNode("edge02", "172.25.33.11", "131.107.155.11", cat, perimeter, 2);
		t.getServers().addAll(List.of(edge1, edge2));
		Pool edgePool = F.createPool();
		edgePool.setName("edgePool");
		edgePool.setFqdn("edgepool.contoso.net");
		edgePool.setKind(PoolKind.POOL);
		edgePool.setLoadBalancing(LoadBalancingKind.DNS);
		edgePool.getMembers().addAll(List.of(edge1, edge2));
		edgePool.getRoles().add(cat.edge);
		edgePool.setSite(redmond);
		t.getPools().add(edgePool);

		// SfB 2015 Front End pool with hardware load balancer and collocated Mediation (004)
		Server fe1 = frontEnd("fe01", "10.0.1.11", cat, internal, redmond, domain);
		Server fe2 = frontEnd("fe02", "10.0.1.12", cat, internal, redmond, domain);
		t.getServers().addAll(List.of(fe1, fe2));
		LoadBalancer hlb = F.createLoadBalancer();
		hlb.setName("hlb01");
		hlb.setFqdn("hlb01.contoso.com");
		hlb.setVendor("F5");
		hlb.setProduct("BIG-IP");
		hlb.getInterfaces().add(nic("hlb01-self", "10.0.1.5", internal, InterfaceSide.INTERNAL));
		VirtualIp feVip = F.createVirtualIp();
		feVip.setName("sfbpool-vip");
		feVip.setAddress("10.0.1.100");
		feVip.setFqdn("sfbpool.contoso.com");
		feVip.setZone(internal);
		feVip.setSide(InterfaceSide.INTERNAL);
		for (int p : new int[] { 5061, 444, 135, 80, 8080, 443, 4443, 5070 }) {
			LoadBalancedPort lbp = F.createLoadBalancedPort();
			lbp.setName("fe-" + p);
			lbp.setTransport(Transport.TCP);
			lbp.setPorts(port(p));
			lbp.setAppProtocol(p == 5061 || p == 5070 ? "SIP" : p == 135 ? "DCOM/RPC" : "HTTP(S)");
			feVip.getPorts().add(lbp);
		}
		LoadBalancedPort extWeb = F.createLoadBalancedPort();
		extWeb.setName("fe-external-web");
		extWeb.setAppProtocol("HTTPS");
		extWeb.setTransport(Transport.TCP);
		extWeb.setPorts(port(443));
		extWeb.setBackendPort(4443);
		extWeb.setPersistence("cookie");
		feVip.getPorts().add(extWeb);
		hlb.getVips().add(feVip);
		t.getLoadBalancers().add(hlb);
		Pool sfbPool = F.createPool();
		sfbPool.setName("sfbPool");
		sfbPool.setFqdn("sfbpool.contoso.com");
		sfbPool.setKind(PoolKind.POOL);
		sfbPool.setLoadBalancing(LoadBalancingKind.HARDWARE);
		sfbPool.getMembers().addAll(List.of(fe1, fe2));
		sfbPool.getVirtualIps().add(feVip);
		sfbPool.getRoles().add(cat.frontEnd);
		sfbPool.getRoles().add(cat.mediation);
		sfbPool.getFeatures().add("collocatedMediation");
		sfbPool.getFeatures().add("cms");
		sfbPool.setSite(redmond);
		t.getPools().add(sfbPool);
		hlb.getPools().add(sfbPool);

		// Exchange 2010: multi-role server + Edge Transport in the perimeter (workgroup)
		Server ex01 = server("ex01", "ex01.contoso.com", domain, redmond, "Windows Server 2008 R2 Enterprise",
				"Windows Server 2008 R2");
		ex01.getInterfaces().add(nic("ex01-lan", "10.0.2.10", internal, InterfaceSide.ANY));
		RoleInstance hub = roleInstance("ex01-hub", cat.hubTransport, "Exchange Server 2010");
		hub.setServicePack("SP3");
		RoleInstance cas = roleInstance("ex01-cas", cat.clientAccess, "Exchange Server 2010");
		cas.getFeatures().add("outlookAnywhere");
		RoleInstance mbx = roleInstance("ex01-mbx", cat.mailbox, "Exchange Server 2010");
		PortOverride replication = F.createPortOverride();
		replication.setName("dag-replication");
		replication.setEndpoint(cat.mbxReplication);
		replication.setTransport(Transport.TCP);
		replication.setPorts(port(64400));
		replication.setServiceName("MSExchangeRepl");
		mbx.getPortOverrides().add(replication);
		ConfigSetting replicationPort = F.createConfigSetting();
		replicationPort.setName("replicationPort");
		replicationPort.setValue("64400");
		mbx.getSettings().add(replicationPort);
		ex01.getRoles().addAll(List.of(hub, cas, mbx));
		FirewallRule setupRule = F.createFirewallRule();
		setupRule.setName("MSExchangeRepl - Log Copier (TCP-In)");
		setupRule.setAction(RuleAction.ALLOW);
		setupRule.setDirection(RuleDirection.INBOUND);
		setupRule.setTransport(Transport.TCP);
		setupRule.setPorts(port(64327));
		setupRule.setProgram("%ExchangeInstallPath%Bin\\msexchangerepl.exe");
		setupRule.setOrigin("Exchange Setup");
		ex01.getHostFirewallRules().add(setupRule);
		t.getServers().add(ex01);

		Server exEdge = server("exedge01", "exedge01.contoso.net", null, redmond, "Windows Server 2008 R2 Standard",
				"Windows Server 2008 R2");
		exEdge.setWorkgroup("PERIMETER");
		exEdge.getInterfaces().add(nic("exedge01-int", "172.25.34.10", perimeter, InterfaceSide.INTERNAL));
		NetworkInterface exEdgeExt = nic("exedge01-ext", "172.25.33.30", perimeter, InterfaceSide.EXTERNAL);
		exEdgeExt.setPublicAddress("131.107.155.30");
		exEdge.getInterfaces().add(exEdgeExt);
		exEdge.getRoles().add(roleInstance("exedge01-edge", cat.edgeTransport, "Exchange Server 2010"));
		ConfigSetting nlbsFlags = F.createConfigSetting();
		nlbsFlags.setName("HKLM\\SYSTEM\\CurrentControlSet\\Services\\PolicyAgent\\Oakley\\NLBSFlags");
		nlbsFlags.setValue("1");
		exEdge.getSettings().add(nlbsFlags);
		exEdge.setRdpPort(3390);
		t.getServers().add(exEdge);

		// --- organizations
		ExchangeOrganization exOrg = F.createExchangeOrganization();
		exOrg.setName("ContosoExchange");
		exOrg.setForest(contoso);
		exOrg.getAcceptedDomains().add("contoso.com");
		exOrg.setPublicFoldersEnabled(true);
		exOrg.setEnterpriseCal(true);
		exOrg.getFeatures().add("edgeSubscription");
		CommunicationsDeployment sfb = F.createCommunicationsDeployment();
		sfb.setName("ContosoSfB");
		sfb.setForest(contoso);
		sfb.setCentralManagementStore(sfbPool);
		sfb.setClientMediaPortRangeEnabled(true);
		sfb.setAudioPorts(range(50020, 50039));
		sfb.setVideoPorts(range(58000, 58019));
		sfb.setApplicationSharingPorts(range(42000, 42019));
		sfb.setFileTransferPorts(range(42020, 42039));
		sfb.getFeatures().addAll(List.of("federation", "publicIM", "xmpp", "enterpriseVoice"));
		t.getOrganizations().addAll(List.of(exOrg, sfb));

		// --- certificates
		CertificateAuthority root = F.createCertificateAuthority();
		root.setName("ContosoRootCA");
		root.setKind(CaKind.ENTERPRISE);
		root.setCommonName("Contoso Root CA");
		root.setHost(dc);
		root.getCrlDistributionPoints().add("http://pki.contoso.com/crl/ContosoRootCA.crl");
		CertificateAuthority issuing = F.createCertificateAuthority();
		issuing.setName("ContosoIssuingCA");
		issuing.setKind(CaKind.ENTERPRISE);
		issuing.setParent(root);
		CertificateAuthority publicCa = F.createCertificateAuthority();
		publicCa.setName("PublicCA");
		publicCa.setKind(CaKind.PUBLIC);
		publicCa.setCommonName("Example Public CA G2");
		publicCa.getCrlDistributionPoints().add("http://crl.example-ca.com/g2.crl");
		t.getCertificateAuthorities().addAll(List.of(root, issuing, publicCa));

		Certificate edgeExternal = certificate("edge-external", "sip.contoso.com", IssuerKind.PUBLIC, publicCa,
				"sip.contoso.com", "webconf.contoso.com", "sip.contoso-mail.com");
		edgeExternal.getAssignedServices().add("AccessEdgeExternal");
		edgeExternal.getAssignedServices().add("DataEdgeExternal");
		edgeExternal.getAssignedServices().add("AudioVideoAuthentication");
		Certificate edgeInternal = certificate("edge-internal", "edgepool.contoso.net", IssuerKind.ENTERPRISE,
				issuing, "edgepool.contoso.net");
		edgeInternal.getAssignedServices().add("EdgeInternal");
		Certificate feDefault = certificate("fe-default", "sfbpool.contoso.com", IssuerKind.ENTERPRISE, issuing,
				"sfbpool.contoso.com", "fe01.contoso.com", "fe02.contoso.com", "meet.contoso.com",
				"dialin.contoso.com", "lyncdiscoverinternal.contoso.com", "sip.contoso.com");
		feDefault.getEnhancedKeyUsages().add("clientAuth");
		Certificate gatewayCert = certificate("gw01-cert", "gw01.contoso.com", IssuerKind.ENTERPRISE, issuing,
				"gw01.contoso.com");
		Certificate exchangeSelfSigned = certificate("ex01-selfsigned", "ex01", IssuerKind.SELF_SIGNED, null, "ex01",
				"ex01.contoso.com");
		exchangeSelfSigned.setRevoked(false);
		exchangeSelfSigned.setThumbprint("5A1B2C3D4E5F60718293A4B5C6D7E8F901234567");
		exchangeSelfSigned.setSerialNumber("1A2B3C4D5E6F");
		exchangeSelfSigned.setSubject("CN=ex01");
		t.getCertificates().addAll(List.of(edgeExternal, edgeInternal, feDefault, gatewayCert, exchangeSelfSigned));
		for (Server e : List.of(edge1, edge2)) {
			e.getCertificates().addAll(List.of(edgeExternal, edgeInternal));
			e.getTrustedAuthorities().add(root);
			for (RoleInstance r : e.getRoles()) {
				r.getCertificates().add(r.getRole() == cat.edge ? edgeInternal : edgeExternal);
			}
		}
		for (Server fe : List.of(fe1, fe2)) {
			fe.getCertificates().add(feDefault);
			fe.getRoles().get(0).getCertificates().add(feDefault);
		}
		ex01.getCertificates().add(exchangeSelfSigned);
		cas.getCertificates().add(exchangeSelfSigned);

		// --- external parties
		ExternalParty fabrikamPartner = party("fabrikamPartner", ExternalPartyKind.FEDERATED_PARTNER,
				cat.federatedPartner, internet);
		fabrikamPartner.getDomains().add("fabrikam.com");
		fabrikamPartner.setProductVersion("OCS 2007");
		fabrikamPartner.setFqdn("sip.fabrikam.com");
		ExternalParty messenger = party("windowsLiveMessenger", ExternalPartyKind.PUBLIC_IM_PROVIDER, null, internet);
		messenger.getDomains().add("msn.com");
		ExternalParty xmppPartner = party("xmppPartner", ExternalPartyKind.XMPP_PARTNER, null, internet);
		xmppPartner.getDomains().add("jabber.example.org");
		ExternalParty gateway = party("gw01", ExternalPartyKind.PSTN_GATEWAY, cat.pstnGateway, internal);
		gateway.setFqdn("gw01.contoso.com");
		gateway.getAddresses().add("10.0.30.5");
		gateway.setProduct("AudioCodes Mediant 1000");
		gateway.getCertificates().add(gatewayCert);
		gateway.getTrustedAuthorities().add(root);
		gateway.getSupportedSrtpModes().addAll(List.of(SrtpMode.REQUIRED, SrtpMode.OPTIONAL));
		ExternalParty pbx = party("pbx01", ExternalPartyKind.IP_PBX, cat.pstnGateway, internal);
		pbx.getAddresses().add("10.0.30.6");
		ExternalParty remoteUsers = party("remoteUsers", ExternalPartyKind.REMOTE_USER, cat.client, internet);
		remoteUsers.setProduct("Lync client");
		remoteUsers.setProductVersion("2013");
		ExternalParty outlook = party("outlook", ExternalPartyKind.CLIENT, cat.client, internal);
		outlook.setProduct("Outlook");
		outlook.setProductVersion("2010");
		outlook.setPlatform("Windows 7");
		outlook.setDomain(domain);
		ExternalParty browser = party("browser", ExternalPartyKind.CLIENT, cat.client, internet);
		browser.setProduct("Internet Explorer");
		ExternalParty smtpHosts = party("internetSmtp", ExternalPartyKind.INTERNET_SMTP_HOST, cat.any, internet);
		ExternalParty smartHost = party("smarthost", ExternalPartyKind.SMART_HOST, cat.any, internet);
		smartHost.setFqdn("relay.isp.example.net");
		smartHost.getAddresses().add("198.51.100.25");
		t.getExternalParties().addAll(List.of(fabrikamPartner, messenger, xmppPartner, gateway, pbx, remoteUsers,
				outlook, browser, smtpHosts, smartHost));

		// --- firewalls
		Firewall external = F.createFirewall();
		external.setName("fw-external");
		external.setKind(FirewallKind.FIREWALL);
		external.setVendor("Example");
		external.setProduct("NGFW 3000");
		FirewallInterface extOutside = fwInterface("fw-external-outside", internet, "131.107.155.1");
		FirewallInterface extInside = fwInterface("fw-external-inside", perimeter, "172.25.33.1");
		external.getInterfaces().addAll(List.of(extOutside, extInside));
		RoleInstance access1 = edge1.getRoles().get(1);
		FirewallRule federationIn = rule("Any to Access Edge SIP/MTLS 5061", RuleAction.ALLOW, RuleDirection.INBOUND,
				"SIP", Transport.TCP, port(5061));
		federationIn.getSources().add(anyAddress());
		federationIn.getDestinations().add(element(access1, true));
		federationIn.getDestinations().add(element(edge2.getRoles().get(1), true));
		federationIn.setOnInterface(extOutside);
		federationIn.setNote("003 L86-91, LYNC2013-EDGE-013");
		FirewallRule avOut = rule("A/V Edge to federated partners RTP 50000-59999", RuleAction.ALLOW,
				RuleDirection.OUTBOUND, "RTP", Transport.TCP_UDP, range(50000, 59999));
		avOut.getSources().add(element(edge1.getRoles().get(3), false));
		avOut.getDestinations().add(element(fabrikamPartner, false));
		FirewallRule stun = rule("Any to A/V Edge STUN 3478", RuleAction.ALLOW, RuleDirection.INBOUND, "STUN/MSTURN",
				Transport.UDP, port(3478));
		stun.setSourcePorts(anyPort());
		FirewallRule esp = rule("VPN ESP", RuleAction.ALLOW, RuleDirection.BOTH, null, Transport.IP_PROTOCOL, null);
		esp.setIpProtocol(50);
		esp.getSources().add(cidr("203.0.113.0/24"));
		AddressSpec single = F.createAddressSpec();
		single.setKind(AddressKind.ADDRESS);
		single.setAddress("198.51.100.25");
		AddressSpec addrRange = F.createAddressSpec();
		addrRange.setKind(AddressKind.RANGE);
		addrRange.setAddress("198.51.100.30-198.51.100.40");
		FirewallRule smtpIn = rule("SMTP from smart host", RuleAction.ALLOW, RuleDirection.INBOUND, "SMTP",
				Transport.TCP, port(25));
		smtpIn.getSources().addAll(List.of(single, addrRange));
		smtpIn.getDestinations().add(element(exEdgeExt, true));
		FirewallRule denyAll = rule("deny all", RuleAction.DENY, RuleDirection.BOTH, null, Transport.ANY, anyPort());
		denyAll.setEnabled(true);
		external.getRules().addAll(List.of(federationIn, avOut, stun, esp, smtpIn, denyAll));

		Firewall internalFw = F.createFirewall();
		internalFw.setName("fw-internal");
		internalFw.setKind(FirewallKind.FILTERING_ROUTER);
		internalFw.setStateful(true);
		internalFw.setDefaultAction(RuleAction.DENY);
		FirewallInterface inInside = fwInterface("fw-internal-inside", internal, "10.0.0.1");
		FirewallInterface inPerimeter = fwInterface("fw-internal-perimeter", perimeter, "172.25.34.1");
		internalFw.getInterfaces().addAll(List.of(inInside, inPerimeter));
		FirewallRule cms = rule("CMS replication to Edge 4443", RuleAction.ALLOW, RuleDirection.OUTBOUND, "HTTPS",
				Transport.TCP, port(4443));
		cms.getSources().add(element(sfbPool, false));
		cms.getDestinations().add(element(edgePool, false));
		cms.setOnInterface(inInside);
		FirewallRule edgeSync = rule("EdgeSync 50636", RuleAction.ALLOW, RuleDirection.OUTBOUND, "LDAPS",
				Transport.TCP, port(50636));
		edgeSync.getSources().add(element(hub, false));
		edgeSync.getDestinations().add(element(exEdge, false));
		FirewallRule rpc = rule("clients to DC RPC", RuleAction.ALLOW, RuleDirection.INBOUND, "RPC", Transport.TCP,
				ModelTestSupport.dynamicRpc());
		rpc.getDestinations().add(element(dc, false));
		rpc.getSources().add(element(internal, false));
		internalFw.getRules().addAll(List.of(cms, edgeSync, rpc));
		t.getFirewalls().addAll(List.of(external, internalFw));

		// --- connectors
		SendConnector toInternet = F.createSendConnector();
		toInternet.setName("Internet");
		toInternet.setUsage(ConnectorUsage.INTERNET);
		toInternet.getAddressSpaces().add("*");
		toInternet.setDnsRouting(false);
		toInternet.getSmartHosts().add(smartHost);
		toInternet.getSourceServers().add(exEdge);
		toInternet.setFqdn("mail.contoso.com");
		toInternet.setRequireTls(true);
		ReceiveConnector fromInternet = F.createReceiveConnector();
		fromInternet.setName("Default internal receive connector EXEDGE01");
		fromInternet.setServer(exEdge);
		fromInternet.setUsage(ConnectorUsage.INTERNET);
		fromInternet.getBindings().add("172.25.33.30:25");
		fromInternet.getRemoteIpRanges().add("0.0.0.0-255.255.255.255");
		fromInternet.getPermissionGroups().addAll(List.of(PermissionGroup.ANONYMOUS_USERS, PermissionGroup.PARTNERS));
		fromInternet.getAuthMechanisms().add("TLS");
		fromInternet.setFqdn("mail.contoso.com");
		EdgeSubscription subscription = F.createEdgeSubscription();
		subscription.setName("exedge01-subscription");
		subscription.setEdgeServer(exEdge);
		subscription.setHubSite(redmond);
		subscription.setEdgeSyncEnabled(true);
		SipTrunk trunk = F.createSipTrunk();
		trunk.setName("gw01-trunk");
		trunk.setMediation(sfbPool);
		trunk.setGateway(gateway);
		trunk.setGatewayAddress("gw01.contoso.com");
		trunk.setGatewayPort(5067);
		trunk.setListeningPort(5067);
		trunk.setTransport(SipTransport.TLS);
		trunk.setSrtp(SrtpMode.REQUIRED);
		trunk.setNextHop(sfbPool);
		trunk.getDialPlans().add("Redmond-DialPlan");
		FederationRoute federation = F.createFederationRoute();
		federation.setName("federation");
		federation.setKind(FederationKind.FEDERATION);
		federation.setEdge(edgePool);
		federation.getAllowedDomains().add("fabrikam.com");
		federation.getPartners().add(fabrikamPartner);
		federation.setDiscoveryEnabled(false);
		FederationRoute xmpp = F.createFederationRoute();
		xmpp.setName("xmpp");
		xmpp.setKind(FederationKind.XMPP);
		xmpp.setEdge(edgePool);
		xmpp.getPartners().add(xmppPartner);
		ProtocolConnector cmsReplication = F.createProtocolConnector();
		cmsReplication.setName("cms-replication");
		cmsReplication.setFrom(sfbPool);
		cmsReplication.setTo(edgePool);
		cmsReplication.setAppProtocol("HTTPS");
		cmsReplication.setTransport(Transport.TCP);
		cmsReplication.setPorts(port(4443));
		cmsReplication.setSecurity("TLS");
		ProtocolConnector owaIm = F.createProtocolConnector();
		owaIm.setName("owa-im-integration");
		owaIm.setFrom(sfbPool);
		owaIm.setTo(cas);
		owaIm.setAppProtocol("SIP");
		owaIm.setTransport(Transport.TCP);
		owaIm.setPorts(ports(5075, 5076, 5077));
		owaIm.setSecurity("MTLS");
		owaIm.setBidirectional(true);
		t.getConnectors().addAll(List.of(toInternet, fromInternet, subscription, trunk, federation, xmpp,
				cmsReplication, owaIm));

		// --- published names and DNS
		PublishedName sipDomain = name("sipDomain", PublishedNameKind.SIP_DOMAIN, "contoso.com", NameScope.BOTH);
		PublishedName accessEdgeFqdn = name("accessEdge", PublishedNameKind.ACCESS_EDGE_FQDN, "sip.contoso.com",
				NameScope.EXTERNAL);
		accessEdgeFqdn.getServedBy().addAll(List.of(access1, edge2.getRoles().get(1)));
		accessEdgeFqdn.setCertificate(edgeExternal);
		PublishedName webConf = name("webConfEdge", PublishedNameKind.WEB_CONFERENCING_EDGE_FQDN,
				"webconf.contoso.com", NameScope.EXTERNAL);
		webConf.getServedBy().add(edgePool);
		webConf.setCertificate(edgeExternal);
		PublishedName av = name("avEdge", PublishedNameKind.AV_EDGE_FQDN, "av.contoso.com", NameScope.EXTERNAL);
		av.getServedBy().add(edgePool);
		PublishedName meet = name("meet", PublishedNameKind.SIMPLE_URL_MEET, "https://meet.contoso.com",
				NameScope.BOTH);
		meet.getServedBy().add(sfbPool);
		meet.setCertificate(feDefault);
		PublishedName dialin = name("dialin", PublishedNameKind.SIMPLE_URL_DIALIN, "https://dialin.contoso.com",
				NameScope.BOTH);
		dialin.getServedBy().add(sfbPool);
		PublishedName admin = name("admin", PublishedNameKind.SIMPLE_URL_ADMIN, "https://admin.contoso.com",
				NameScope.INTERNAL);
		PublishedName owa = name("owa", PublishedNameKind.OWA_URL, "https://mail.contoso.com/owa", NameScope.EXTERNAL);
		owa.getServedBy().add(cas);
		owa.getAuthenticationMethods().add("FBA");
		PublishedName autodiscover = name("autodiscover", PublishedNameKind.AUTODISCOVER_URL,
				"https://autodiscover.contoso.com/Autodiscover/Autodiscover.xml", NameScope.BOTH);
		PublishedName eas = name("activesync", PublishedNameKind.ACTIVESYNC_URL,
				"https://mail.contoso.com/Microsoft-Server-ActiveSync", NameScope.EXTERNAL);
		eas.getAuthenticationMethods().add("Basic");
		t.getPublishedNames().addAll(List.of(sipDomain, accessEdgeFqdn, webConf, av, meet, dialin, admin, owa,
				autodiscover, eas));

		DnsZone externalZone = F.createDnsZone();
		externalZone.setName("contoso-external");
		externalZone.setZoneName("contoso.com");
		externalZone.setKind(DnsZoneKind.PRIMARY);
		externalZone.setScope(NameScope.EXTERNAL);
		externalZone.getServers().add(smartHost);
		DnsRecord sipA1 = dns("sip-a-edge01", "sip", DnsRecordType.A, "131.107.155.10", access1);
		DnsRecord sipA2 = dns("sip-a-edge02", "sip", DnsRecordType.A, "131.107.155.11", edge2.getRoles().get(1));
		DnsRecord fedSrv = dns("federation-srv", "_sipfederationtls._tcp", DnsRecordType.SRV, "sip.contoso.com",
				edgePool);
		fedSrv.setPriority(0);
		fedSrv.setWeight(0);
		fedSrv.setPort(5061);
		fedSrv.setTtl(3600);
		DnsRecord mx = dns("mx", "@", DnsRecordType.MX, "mail.contoso.com", exEdge);
		mx.setPriority(10);
		externalZone.getRecords().addAll(List.of(sipA1, sipA2, fedSrv, mx));
		DnsZone fabrikamSecondary = F.createDnsZone();
		fabrikamSecondary.setName("fabrikam-secondary");
		fabrikamSecondary.setZoneName("fabrikam.com");
		fabrikamSecondary.setKind(DnsZoneKind.SECONDARY);
		fabrikamSecondary.setScope(NameScope.INTERNAL);
		fabrikamSecondary.getServers().add(dc);
		fabrikamSecondary.getMasterServers().add("192.168.20.10");
		t.getDnsZones().addAll(List.of(externalZone, fabrikamSecondary));

		// --- IPsec: organization-wide policy with media exemptions (004 L178-201)
		IpsecPolicy ipsec = F.createIpsecPolicy();
		ipsec.setName("org-ipsec");
		ipsec.getScope().add(internal);
		ipsec.setProtocol(IpsecProtocol.ESP);
		ipsec.setMode(IpsecMode.TRANSPORT);
		ipsec.setAuthenticationMethod("Kerberos");
		ipsec.setEncryptionAlgorithm("AES-256");
		ipsec.setLevel("c");
		IpsecRule protectAll = F.createIpsecRule();
		protectAll.setName("protect-all");
		protectAll.setAction(IpsecAction.REQUIRE);
		protectAll.setTransport(Transport.ANY);
		protectAll.setPorts(anyPort());
		protectAll.setDirection(RuleDirection.BOTH);
		IpsecRule feBe = F.createIpsecRule();
		feBe.setName("fe-be-pop-imap");
		feBe.setAction(IpsecAction.REQUEST);
		feBe.setTransport(Transport.TCP);
		feBe.setPorts(ports(80, 110, 143));
		feBe.getPeers().add(ex01);
		IpsecExemption avInternal = F.createIpsecExemption();
		avInternal.setName("A/V Edge Server Internal Inbound");
		avInternal.setDirection(RuleDirection.INBOUND);
		avInternal.setInterfaceSide(InterfaceSide.INTERNAL);
		avInternal.setAppProtocol("Any (media)");
		avInternal.setTransport(Transport.TCP_UDP);
		avInternal.setPorts(range(50000, 59999));
		avInternal.setSourcePorts(anyPort());
		avInternal.getAppliesTo().addAll(List.of(edge1.getRoles().get(3), edge2.getRoles().get(3)));
		avInternal.setAuthentication("Do not authenticate");
		IpsecExemption mediationOut = F.createIpsecExemption();
		mediationOut.setName("Mediation Server Outbound");
		mediationOut.setDirection(RuleDirection.OUTBOUND);
		mediationOut.setTransport(Transport.TCP_UDP);
		mediationOut.setPorts(anyPort());
		mediationOut.getAppliesTo().add(sfbPool);
		mediationOut.setAuthentication("Do not authenticate");
		ipsec.getRules().addAll(List.of(protectAll, feBe));
		ipsec.getExemptions().addAll(List.of(avInternal, mediationOut));
		t.getIpsecPolicies().add(ipsec);
		return t;
	}

	/** Lync 2013 Edge node: internal NIC plus three external IPs (Access, Web Conferencing, A/V) with 1:1 NAT. */
	private static Server edgeNode(String name, String accessIp, String accessPublic, TestCatalog cat,
			NetworkZone perimeter, int node) {
		Server s = server(name, name + ".contoso.net", null, null, "Windows Server 2012 R2 Standard",
				"Windows Server 2012 R2");
		s.setWorkgroup("PERIMETER");
		s.setCpu("2 x 6-core 2.26 GHz");
		s.setCpuCores(12);
		s.setMemoryMB(32768);
		s.setDiskGB(300);
		NetworkInterface internalNic = nic(name + "-int", "172.25.34." + (10 + node), perimeter,
				InterfaceSide.INTERNAL);
		internalNic.setAdapter("NIC1");
		internalNic.setPrefixLength(24);
		NetworkInterface access = nic(name + "-ext-access", accessIp, perimeter, InterfaceSide.EXTERNAL);
		access.setPublicAddress(accessPublic);
		access.setAdapter("NIC2");
		access.setRegisterInDns(false);
		NetworkInterface webConf = nic(name + "-ext-webconf", "172.25.33." + (20 + node), perimeter,
				InterfaceSide.EXTERNAL);
		webConf.setPublicAddress("131.107.155." + (20 + node));
		webConf.setAdapter("NIC2");
		NetworkInterface av = nic(name + "-ext-av", "172.25.33." + (30 + node), perimeter, InterfaceSide.EXTERNAL);
		av.setPublicAddress("131.107.155." + (30 + node));
		av.setAdapter("NIC2");
		av.setIpv6Address("2001:db8::" + node);
		s.getInterfaces().addAll(List.of(internalNic, access, webConf, av));

		RoleInstance edgeRole = roleInstance(name + "-edge", cat.edge, "Lync Server 2013");
		edgeRole.getInterfaces().add(internalNic);
		RoleInstance accessEdge = roleInstance(name + "-accessEdge", cat.accessEdge, "Lync Server 2013");
		accessEdge.getInterfaces().add(access);
		accessEdge.getFeatures().addAll(List.of("federation", "publicIM", "remoteAccess"));
		RoleInstance webConfEdge = roleInstance(name + "-webConfEdge", cat.webConfEdge, "Lync Server 2013");
		webConfEdge.getInterfaces().add(webConf);
		RoleInstance avEdge = roleInstance(name + "-avEdge", cat.avEdge, "Lync Server 2013");
		avEdge.getInterfaces().add(av);
		RoleInstance xmpp = roleInstance(name + "-xmppProxy", cat.xmppProxy, "Lync Server 2013");
		xmpp.getInterfaces().add(access); // shares the Access Edge IP (LYNC2013-EDGE-004)
		xmpp.getFeatures().add("xmpp");
		s.getRoles().addAll(List.of(edgeRole, accessEdge, webConfEdge, avEdge, xmpp));
		return s;
	}

	private static Server frontEnd(String name, String ip, TestCatalog cat, NetworkZone zone, Site site,
			Domain domain) {
		Server s = server(name, name + ".contoso.com", domain, site, "Windows Server 2012 R2 Datacenter",
				"Windows Server 2012 R2");
		s.getInterfaces().add(nic(name + "-lan", ip, zone, InterfaceSide.ANY));
		RoleInstance fe = roleInstance(name + "-fe", cat.frontEnd, "Skype for Business Server 2015");
		fe.setEdition("Enterprise");
		fe.getFeatures().add("collocatedMediation");
		RoleInstance med = roleInstance(name + "-mediation", cat.mediation, "Skype for Business Server 2015");
		s.getRoles().addAll(List.of(fe, med));
		s.getWindowsFeatures().add("Web-Server");
		return s;
	}

	private static NetworkZone zone(String name, ZoneKind kind, String subnet, Site site) {
		NetworkZone z = F.createNetworkZone();
		z.setName(name);
		z.setKind(kind);
		z.getSubnets().add(subnet);
		z.setSite(site);
		return z;
	}

	private static Server server(String name, String fqdn, Domain domain, Site site, String edition,
			String version) {
		Server s = F.createServer();
		s.setName(name);
		s.setFqdn(fqdn);
		s.setOsEdition(edition);
		s.setOsVersion(version);
		s.setOsServicePack("SP1");
		s.setArchitecture(Architecture.X64);
		s.setDomain(domain);
		s.setSite(site);
		return s;
	}

	private static NetworkInterface nic(String name, String ip, NetworkZone zone, InterfaceSide side) {
		NetworkInterface n = F.createNetworkInterface();
		n.setName(name);
		n.setIpAddress(ip);
		n.setPrefixLength(24);
		n.setZone(zone);
		n.setSide(side);
		n.getDnsServers().add("10.0.0.10");
		n.setDefaultGateway(ip.substring(0, ip.lastIndexOf('.')) + ".1");
		return n;
	}

	private static RoleInstance roleInstance(String name, RoleDefinition def, String version) {
		RoleInstance r = F.createRoleInstance();
		r.setName(name);
		r.setRole(def);
		r.setProductVersion(version);
		return r;
	}

	private static Certificate certificate(String name, String cn, IssuerKind kind, CertificateAuthority issuer,
			String... sans) {
		Certificate c = F.createCertificate();
		c.setName(name);
		c.setSubjectCommonName(cn);
		c.getSubjectAlternativeNames().addAll(List.of(sans));
		c.setIssuerKind(kind);
		c.setIssuer(issuer);
		c.setNotBefore("2016-01-01");
		c.setNotAfter("2018-01-01");
		c.getKeyUsages().addAll(List.of(KeyUsage.DIGITAL_SIGNATURE, KeyUsage.KEY_ENCIPHERMENT));
		c.getEnhancedKeyUsages().add("serverAuth");
		c.setKeySize(2048);
		return c;
	}

	private static ExternalParty party(String name, ExternalPartyKind kind, RoleDefinition role, NetworkZone zone) {
		ExternalParty p = F.createExternalParty();
		p.setName(name);
		p.setKind(kind);
		p.setRole(role);
		p.setZone(zone);
		return p;
	}

	private static FirewallInterface fwInterface(String name, NetworkZone zone, String ip) {
		FirewallInterface i = F.createFirewallInterface();
		i.setName(name);
		i.setZone(zone);
		i.setIpAddress(ip);
		return i;
	}

	private static FirewallRule rule(String name, RuleAction action, RuleDirection direction, String protocol,
			Transport transport, PortSpec ports) {
		FirewallRule r = F.createFirewallRule();
		r.setName(name);
		r.setAction(action);
		r.setDirection(direction);
		r.setAppProtocol(protocol);
		r.setTransport(transport);
		r.setPorts(ports);
		return r;
	}

	private static PublishedName name(String name, PublishedNameKind kind, String value, NameScope scope) {
		PublishedName n = F.createPublishedName();
		n.setName(name);
		n.setKind(kind);
		n.setValue(value);
		n.setScope(scope);
		return n;
	}

	private static DnsRecord dns(String name, String host, DnsRecordType type, String target, Addressable servedBy) {
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
	void everyConcreteClassIsInstantiatedValidAndSurvivesXmiRoundTrip() throws IOException {
		TestCatalog cat = new TestCatalog();
		Topology topology = buildContoso(cat);
		ResourceSet rs = ModelTestSupport.newResourceSet();
		Resource catalogResource = ModelTestSupport.newResource(rs, tmp, "catalog.xmi", cat.catalog);
		Resource topologyResource = ModelTestSupport.newResource(rs, tmp, "contoso.xmi", topology);

		// every concrete EClass of the package occurs in the model
		Set<EClass> used = ModelTestSupport.instantiatedEClasses(List.of(catalogResource, topologyResource));
		Set<String> missing = new TreeSet<>();
		for (var classifier : PortolanPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass c && !c.isAbstract() && !c.isInterface() && !used.contains(c)) {
				missing.add(c.getName());
			}
		}
		assertTrue(missing.isEmpty(), () -> "EClasses never instantiated: " + missing);

		ModelTestSupport.assertNoValidationErrors(cat.catalog);
		ModelTestSupport.assertNoValidationErrors(topology);

		ModelTestSupport.saveAll(rs);
		List<Resource> reloaded = ModelTestSupport.reloadAll(rs);
		Catalog catalog2 = (Catalog) reloaded.get(0).getContents().get(0);
		Topology topology2 = (Topology) reloaded.get(1).getContents().get(0);
		assertTrue(EcoreUtil.equals(cat.catalog, catalog2), "catalog differs after reload");
		assertTrue(EcoreUtil.equals(topology, topology2), "topology differs after reload");
		ModelTestSupport.assertNoValidationErrors(topology2);

		// a few concrete values
		Server edge01 = topology2.getServers().stream().filter(s -> s.getName().equals("edge01")).findFirst()
				.orElseThrow();
		NetworkInterface access = edge01.getInterfaces().get(1);
		assertEquals("172.25.33.10", access.getIpAddress());
		assertEquals("131.107.155.10", access.getPublicAddress());
		assertEquals(InterfaceSide.EXTERNAL, access.getSide());
		assertEquals(access, edge01.getRoles().get(4).getInterfaces().get(0), "XMPP proxy shares the Access Edge IP");
		SipTrunk trunk = topology2.getConnectors().stream().filter(SipTrunk.class::isInstance)
				.map(SipTrunk.class::cast).findFirst().orElseThrow();
		assertEquals(SipTransport.TLS, trunk.getTransport());
		assertEquals(5067, trunk.getListeningPort());
		assertEquals(SrtpMode.REQUIRED, trunk.getSrtp());
		Pool sfbPool = topology2.getPools().get(1);
		assertEquals(LoadBalancingKind.HARDWARE, sfbPool.getLoadBalancing());
		assertEquals("10.0.1.100", sfbPool.getVirtualIps().get(0).getAddress());
		IpsecExemption exemption = topology2.getIpsecPolicies().get(0).getExemptions().get(0);
		assertEquals(PortSpecKind.RANGE, exemption.getPorts().getKind());
		assertEquals(50000, exemption.getPorts().getRanges().get(0).getStart());
		assertEquals(59999, exemption.getPorts().getRanges().get(0).getEnd());
		assertEquals(Set.of("federation"), catalog2.getDataPaths().get(0).getConditions().stream()
				.collect(Collectors.toSet()));
		assertEquals("86-91", catalog2.getDataPaths().get(0).getSource().getLines());
		assertEquals(cat.catalog.getRoles().size(), catalog2.getRoles().size());
		assertEquals(FirewallKind.FIREWALL, topology2.getFirewalls().get(0).getKind());
		assertEquals(RuleAction.DENY, topology2.getFirewalls().get(1).getDefaultAction(), "default action default");
	}

	/** PortSpec is one shared structure: a catalog port range and a firewall range compare structurally. */
	@Test
	void portSpecsFromCatalogAndFirewallCompare() {
		PortSpec catalogSide = range(50000, 59999);
		PortSpec firewallSide = F.createPortSpec();
		firewallSide.setKind(PortSpecKind.RANGE);
		firewallSide.getRanges().add(portRange(50000, 59999));
		assertTrue(EcoreUtil.equals(catalogSide, firewallSide));
	}
}
