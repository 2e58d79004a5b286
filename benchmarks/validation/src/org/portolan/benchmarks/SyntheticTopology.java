package org.portolan.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.Catalog;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.FirewallRule;
import org.portolan.model.InterfaceSide;
import org.portolan.model.LoadBalancedPort;
import org.portolan.model.LoadBalancer;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.PortRange;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.PortolanFactory;
import org.portolan.model.Product;
import org.portolan.model.ProtocolConnector;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.RoleKind;
import org.portolan.model.RuleAction;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.SourceReference;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.VirtualIp;
import org.portolan.model.ZoneKind;

/**
 * Deterministic synthetic topology of N servers: one site and internal zone per 100 servers, each joined to a
 * backbone zone by its own site firewall (about 10 ordered rules, last one deny); a perimeter and the Internet behind
 * fw-int / fw-ext; per site a 5-member Web front-end pool behind a hardware load-balancer VIP; 4 domain controllers, 4
 * database servers and 4 edge proxies in total; the rest application servers; 5 protocol connectors per server to
 * servers in other sites (N = 10,000 gives 50,000 connectors). Role populations that catalog paths pair are kept
 * constant or per site so the number of flows grows linearly with N.
 */
public final class SyntheticTopology {

	private static final PortolanFactory F = PortolanFactory.eINSTANCE;

	public final Topology topology = F.createTopology();
	public final Catalog catalog = F.createCatalog();
	public int connectors;

	private final RoleDefinition dc;
	private final RoleDefinition app;
	private final RoleDefinition web;
	private final RoleDefinition db;
	private final RoleDefinition edge;
	private final RoleDefinition any;

	public SyntheticTopology(int servers) {
		topology.setName("synthetic-" + servers);
		catalog.setName("synthetic-catalog");
		Product product = F.createProduct();
		product.setName("Synthetic Suite");
		product.setVersion("1.0");
		catalog.getProducts().add(product);
		dc = role("DomainController", RoleKind.SERVER_ROLE, product);
		app = role("AppServer", RoleKind.SERVER_ROLE, product);
		web = role("WebFrontEnd", RoleKind.SERVER_ROLE, product);
		db = role("Database", RoleKind.SERVER_ROLE, product);
		edge = role("EdgeProxy", RoleKind.SERVER_ROLE, product);
		any = role("Any", RoleKind.ANY, null);
		path(app, dc, "LDAP", Transport.TCP_UDP, ports(389), InterfaceSide.ANY);
		path(app, dc, "Kerberos", Transport.TCP, ports(88), InterfaceSide.ANY);
		path(app, db, "TDS", Transport.TCP, ports(1433), InterfaceSide.ANY);
		path(web, app, "HTTP", Transport.TCP, ports(8080), InterfaceSide.ANY).getConditions().add("webTier");
		path(any, edge, "HTTPS", Transport.TCP, ports(443), InterfaceSide.EXTERNAL);
		path(edge, web, "HTTPS", Transport.TCP, ports(443), InterfaceSide.INTERNAL);
		path(edge, any, "DNS", Transport.UDP, ports(53), InterfaceSide.EXTERNAL);

		NetworkZone backbone = zone("backbone", ZoneKind.INTERNAL);
		NetworkZone perimeter = zone("perimeter", ZoneKind.PERIMETER);
		NetworkZone internet = zone("internet", ZoneKind.EXTERNAL);
		firewall("fw-int", perimeter, backbone);
		firewall("fw-ext", internet, perimeter);
		LoadBalancer hlb = F.createLoadBalancer();
		hlb.setName("hlb");
		topology.getLoadBalancers().add(hlb);

		int sites = Math.max(1, servers / 100);
		List<Server> all = new ArrayList<>();
		List<Integer> siteOf = new ArrayList<>();
		int created = 0;
		for (int s = 0; s < sites && created < servers; s++) {
			Site site = F.createSite();
			site.setName("site" + s);
			topology.getSites().add(site);
			NetworkZone zone = zone("lan" + s, ZoneKind.INTERNAL);
			Firewall fw = firewall("fw-site" + s, zone, backbone);
			siteRules(fw);
			Pool pool = F.createPool();
			pool.setName("web-pool" + s);
			pool.setLoadBalancing(LoadBalancingKind.HARDWARE);
			topology.getPools().add(pool);
			VirtualIp vip = F.createVirtualIp();
			vip.setName("web-vip" + s);
			vip.setAddress(address(s, 250));
			vip.setZone(zone);
			LoadBalancedPort https = F.createLoadBalancedPort();
			https.setName("https");
			https.setPorts(ports(443));
			vip.getPorts().add(https);
			hlb.getVips().add(vip);
			pool.getVirtualIps().add(vip);
			hlb.getPools().add(pool);
			int inSite = Math.min(100, servers - created);
			for (int i = 0; i < inSite; i++, created++) {
				RoleDefinition role;
				NetworkZone placeIn = zone;
				if (s < 4 && i < 3) { // the first four sites hold one DC, one DB and one edge proxy each
					role = i == 0 ? dc : i == 1 ? db : edge;
					if (role == edge) {
						placeIn = perimeter;
					}
				} else if (i >= 3 && i < 8) {
					role = web;
				} else {
					role = app;
				}
				Server server = F.createServer();
				server.setName("srv" + created);
				server.setFqdn("srv" + created + ".site" + s + ".example.com");
				server.setSite(site);
				NetworkInterface nic = F.createNetworkInterface();
				nic.setName("lan");
				nic.setIpAddress(placeIn == perimeter ? "172.16." + s + "." + i : address(s, i));
				nic.setZone(placeIn);
				if (role == edge) {
					nic.setSide(InterfaceSide.EXTERNAL);
					nic.setPublicAddress("203.0." + s + "." + i);
				}
				server.getInterfaces().add(nic);
				RoleInstance ri = F.createRoleInstance();
				ri.setRole(role);
				ri.setProductVersion("1.0");
				server.getRoles().add(ri);
				topology.getServers().add(server);
				if (role == web) {
					pool.getMembers().add(server);
				}
				all.add(server);
				siteOf.add(s);
			}
		}
		// 5 connectors per server to servers in other sites (deterministic strides)
		int[] strides = { 101, 307, 1009, 2003, 4001 };
		for (int i = 0; i < all.size(); i++) {
			for (int k = 0; k < strides.length; k++) {
				int j = (i + strides[k]) % all.size();
				if (j == i) {
					continue;
				}
				ProtocolConnector c = F.createProtocolConnector();
				c.setName("c" + i + "-" + k);
				c.setFrom(all.get(i));
				c.setTo(all.get(j));
				c.setAppProtocol(k % 2 == 0 ? "HTTPS" : "RPC");
				c.setTransport(Transport.TCP);
				c.setPorts(k % 2 == 0 ? ports(443) : range(6000 + k, 6100 + k));
				topology.getConnectors().add(c);
				connectors++;
			}
		}
	}

	private static String address(int site, int host) {
		return "10." + (site / 250) + "." + (site % 250) + "." + host;
	}

	private RoleDefinition role(String name, RoleKind kind, Product product) {
		RoleDefinition r = F.createRoleDefinition();
		r.setName(name);
		r.setKind(kind);
		r.setProduct(product);
		catalog.getRoles().add(r);
		return r;
	}

	private DataPathDefinition path(RoleDefinition from, RoleDefinition to, String protocol, Transport t, PortSpec p,
			InterfaceSide side) {
		DataPathDefinition d = F.createDataPathDefinition();
		d.setFrom(from);
		d.setTo(to);
		d.setAppProtocol(protocol);
		d.setTransport(t);
		d.setPorts(p);
		d.setInterfaceSide(side);
		SourceReference ref = F.createSourceReference();
		ref.setDocument("synthetic");
		ref.setLines("1");
		d.setSource(ref);
		catalog.getDataPaths().add(d);
		return d;
	}

	private NetworkZone zone(String name, ZoneKind kind) {
		NetworkZone z = F.createNetworkZone();
		z.setName(name);
		z.setKind(kind);
		topology.getZones().add(z);
		return z;
	}

	private Firewall firewall(String name, NetworkZone a, NetworkZone b) {
		Firewall fw = F.createFirewall();
		fw.setName(name);
		for (NetworkZone z : new NetworkZone[] { a, b }) {
			FirewallInterface fi = F.createFirewallInterface();
			fi.setName(name + "-" + z.getName());
			fi.setZone(z);
			fw.getInterfaces().add(fi);
		}
		topology.getFirewalls().add(fw);
		return fw;
	}

	/** About ten ordered rules: some allows, a deny in the middle, a final deny-all. */
	private static void siteRules(Firewall fw) {
		rule(fw, "ldap", RuleAction.ALLOW, Transport.TCP_UDP, ports(389));
		rule(fw, "kerberos", RuleAction.ALLOW, Transport.TCP, ports(88));
		rule(fw, "sql", RuleAction.ALLOW, Transport.TCP, ports(1433));
		rule(fw, "block-smb", RuleAction.DENY, Transport.TCP, ports(445));
		rule(fw, "https", RuleAction.ALLOW, Transport.TCP, ports(443));
		rule(fw, "rpc-low", RuleAction.ALLOW, Transport.TCP, range(6000, 6050));
		rule(fw, "rpc-high", RuleAction.ALLOW, Transport.TCP, range(6051, 6100)); // 6101-6104 stay blocked
		rule(fw, "web-8080", RuleAction.ALLOW, Transport.TCP, ports(8080));
		rule(fw, "rdp", RuleAction.ALLOW, Transport.TCP, ports(3389)); // unused: FW-PORT-002
		rule(fw, "deny-all", RuleAction.DENY, Transport.ANY, null);
	}

	private static void rule(Firewall fw, String name, RuleAction action, Transport t, PortSpec p) {
		FirewallRule r = F.createFirewallRule();
		r.setName(name);
		r.setAction(action);
		r.setTransport(t);
		if (p != null) {
			r.setPorts(p);
		} else {
			PortSpec anyPort = F.createPortSpec();
			anyPort.setKind(PortSpecKind.ANY);
			r.setPorts(anyPort);
		}
		AddressSpec anySource = F.createAddressSpec();
		anySource.setKind(AddressKind.ANY);
		r.getSources().add(anySource);
		fw.getRules().add(r);
	}

	private static PortSpec ports(int port) {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.SINGLE);
		p.getPorts().add(port);
		return p;
	}

	private static PortSpec range(int start, int end) {
		PortSpec p = F.createPortSpec();
		p.setKind(PortSpecKind.RANGE);
		PortRange r = F.createPortRange();
		r.setStart(start);
		r.setEnd(end);
		p.getRanges().add(r);
		return p;
	}
}
