package org.portolan.testsupport;

import java.util.List;

import org.portolan.analysis.FlowAnalysis;
import org.portolan.analysis.RequiredFlows;
import org.portolan.model.AddressKind;
import org.portolan.model.AddressSpec;
import org.portolan.model.Addressable;
import org.portolan.model.Catalog;
import org.portolan.model.Certificate;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.Domain;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.FirewallRule;
import org.portolan.model.Forest;
import org.portolan.model.InterfaceSide;
import org.portolan.model.IssuerKind;
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
import org.portolan.model.PublishedName;
import org.portolan.model.PublishedNameKind;
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
 * Compact builder for test topologies and catalogs, on the metamodel API only (no DSL, no shipped catalog): one
 * topology and one catalog per builder. Methods create, attach and return model objects.
 */
public final class TopologyBuilder {

	public static final PortolanFactory F = PortolanFactory.eINSTANCE;

	public final Topology topology = F.createTopology();
	public final Catalog catalog = F.createCatalog();

	public TopologyBuilder(String name) {
		topology.setName(name);
		catalog.setName(name + "-catalog");
	}

	public RequiredFlows flows() {
		return FlowAnalysis.analyze(topology, catalog);
	}

	// ------------------------------------------------------------------ catalog

	public Product product(String name, String version) {
		Product p = F.createProduct();
		p.setName(name);
		p.setVersion(version);
		catalog.getProducts().add(p);
		return p;
	}

	public RoleDefinition role(String name, RoleKind kind, Product product, RoleDefinition... includes) {
		RoleDefinition r = F.createRoleDefinition();
		r.setName(name);
		r.setKind(kind);
		r.setProduct(product);
		r.getIncludes().addAll(List.of(includes));
		catalog.getRoles().add(r);
		return r;
	}

	/** Data path {@code from -> to} on transport/ports ("443", "5061,5062", "50000-59999", "any", "dynamic RPC"). */
	public DataPathDefinition path(RoleDefinition from, RoleDefinition to, String appProtocol, Transport transport,
			String ports, InterfaceSide side, String document, String lines, String... conditions) {
		DataPathDefinition d = F.createDataPathDefinition();
		d.setFrom(from);
		d.setTo(to);
		d.setAppProtocol(appProtocol);
		d.setTransport(transport);
		d.setPorts(ports(ports));
		d.setInterfaceSide(side);
		d.getConditions().addAll(List.of(conditions));
		SourceReference ref = F.createSourceReference();
		ref.setDocument(document);
		ref.setLines(lines);
		d.setSource(ref);
		catalog.getDataPaths().add(d);
		return d;
	}

	public static PortSpec ports(String text) {
		PortSpec spec = F.createPortSpec();
		String t = text.trim();
		if (t.equalsIgnoreCase("any")) {
			spec.setKind(PortSpecKind.ANY);
		} else if (t.equalsIgnoreCase("dynamic RPC")) {
			spec.setKind(PortSpecKind.DYNAMIC_RPC);
		} else if (t.equalsIgnoreCase("n/a")) {
			spec.setKind(PortSpecKind.NOT_APPLICABLE);
		} else if (t.equalsIgnoreCase("unspecified")) {
			spec.setKind(PortSpecKind.UNSPECIFIED);
		} else {
			String[] parts = t.split(",");
			for (String part : parts) {
				String p = part.trim();
				if (p.contains("-")) {
					PortRange r = F.createPortRange();
					r.setStart(Integer.parseInt(p.substring(0, p.indexOf('-')).trim()));
					r.setEnd(Integer.parseInt(p.substring(p.indexOf('-') + 1).trim()));
					spec.getRanges().add(r);
				} else {
					spec.getPorts().add(Integer.parseInt(p));
				}
			}
			spec.setKind(parts.length > 1 ? PortSpecKind.LIST
					: spec.getRanges().isEmpty() ? PortSpecKind.SINGLE : PortSpecKind.RANGE);
		}
		return spec;
	}

	// ------------------------------------------------------------------ network

	public NetworkZone zone(String name, ZoneKind kind) {
		NetworkZone z = F.createNetworkZone();
		z.setName(name);
		z.setKind(kind);
		topology.getZones().add(z);
		return z;
	}

	public Site site(String name) {
		Site s = F.createSite();
		s.setName(name);
		topology.getSites().add(s);
		return s;
	}

	/** Firewall with one interface per zone (interface i is named "{fw}-{zone}"). */
	public Firewall firewall(String name, NetworkZone... zones) {
		Firewall fw = F.createFirewall();
		fw.setName(name);
		for (NetworkZone z : zones) {
			FirewallInterface fi = F.createFirewallInterface();
			fi.setName(name + "-" + z.getName());
			fi.setZone(z);
			fw.getInterfaces().add(fi);
		}
		topology.getFirewalls().add(fw);
		return fw;
	}

	public static FirewallInterface interfaceIn(Firewall fw, NetworkZone zone) {
		return fw.getInterfaces().stream().filter(i -> i.getZone() == zone).findFirst().orElseThrow();
	}

	public static FirewallRule rule(Firewall fw, String name, RuleAction action, Transport transport, String ports,
			AddressSpec source, AddressSpec destination) {
		FirewallRule r = F.createFirewallRule();
		r.setName(name);
		r.setAction(action);
		r.setTransport(transport);
		r.setPorts(ports(ports));
		if (source != null) {
			r.getSources().add(source);
		}
		if (destination != null) {
			r.getDestinations().add(destination);
		}
		fw.getRules().add(r);
		return r;
	}

	public static FirewallRule allow(Firewall fw, String name, Transport transport, String ports, AddressSpec source,
			AddressSpec destination) {
		return rule(fw, name, RuleAction.ALLOW, transport, ports, source, destination);
	}

	public static FirewallRule deny(Firewall fw, String name, Transport transport, String ports, AddressSpec source,
			AddressSpec destination) {
		return rule(fw, name, RuleAction.DENY, transport, ports, source, destination);
	}

	public static AddressSpec any() {
		AddressSpec a = F.createAddressSpec();
		a.setKind(AddressKind.ANY);
		return a;
	}

	public static AddressSpec element(Addressable element) {
		AddressSpec a = F.createAddressSpec();
		a.setKind(AddressKind.ELEMENT);
		a.setElement(element);
		return a;
	}

	public static AddressSpec address(String address) {
		AddressSpec a = F.createAddressSpec();
		a.setKind(address.contains("/") ? AddressKind.CIDR : AddressKind.ADDRESS);
		a.setAddress(address);
		return a;
	}

	// ------------------------------------------------------------------ servers

	public Server server(String name, String fqdn) {
		Server s = F.createServer();
		s.setName(name);
		s.setFqdn(fqdn);
		topology.getServers().add(s);
		return s;
	}

	public static NetworkInterface nic(Server server, String ip, NetworkZone zone) {
		NetworkInterface n = F.createNetworkInterface();
		n.setName(server.getName() + "-" + ip);
		n.setIpAddress(ip);
		n.setZone(zone);
		n.setAdapter("nic" + server.getInterfaces().size());
		server.getInterfaces().add(n);
		return n;
	}

	public static NetworkInterface nic(Server server, String ip, NetworkZone zone, InterfaceSide side,
			String publicAddress) {
		NetworkInterface n = nic(server, ip, zone);
		n.setSide(side);
		n.setPublicAddress(publicAddress);
		return n;
	}

	public static RoleInstance install(Server server, RoleDefinition role, String productVersion) {
		RoleInstance ri = F.createRoleInstance();
		ri.setName(server.getName() + "-" + role.getName());
		ri.setRole(role);
		ri.setProductVersion(productVersion);
		server.getRoles().add(ri);
		return ri;
	}

	public Pool pool(String name, String fqdn, LoadBalancingKind lb, Server... members) {
		Pool p = F.createPool();
		p.setName(name);
		p.setFqdn(fqdn);
		p.setLoadBalancing(lb);
		p.getMembers().addAll(List.of(members));
		topology.getPools().add(p);
		return p;
	}

	/** A hardware load balancer VIP for the pool, balancing the given ports (none: everything). */
	public VirtualIp vip(Pool pool, String address, NetworkZone zone, String... ports) {
		LoadBalancer lb = topology.getLoadBalancers().isEmpty() ? null : topology.getLoadBalancers().get(0);
		if (lb == null) {
			lb = F.createLoadBalancer();
			lb.setName("hlb");
			topology.getLoadBalancers().add(lb);
		}
		VirtualIp vip = F.createVirtualIp();
		vip.setName(pool.getName() + "-vip");
		vip.setAddress(address);
		vip.setZone(zone);
		for (String p : ports) {
			LoadBalancedPort lp = F.createLoadBalancedPort();
			lp.setName(p);
			lp.setTransport(Transport.TCP);
			lp.setPorts(ports(p));
			vip.getPorts().add(lp);
		}
		lb.getVips().add(vip);
		if (!lb.getPools().contains(pool)) {
			lb.getPools().add(pool);
		}
		pool.getVirtualIps().add(vip);
		return vip;
	}

	public ExternalParty external(String name, ExternalPartyKind kind, NetworkZone zone) {
		ExternalParty e = F.createExternalParty();
		e.setName(name);
		e.setKind(kind);
		e.setZone(zone);
		topology.getExternalParties().add(e);
		return e;
	}

	// ------------------------------------------------------------------ directory

	public Domain domain(String forestName, String fqdn) {
		Forest forest = topology.getForests().stream().filter(f -> forestName.equals(f.getName())).findFirst()
				.orElse(null);
		if (forest == null) {
			forest = F.createForest();
			forest.setName(forestName);
			forest.setFqdn(fqdn);
			topology.getForests().add(forest);
		}
		Domain d = F.createDomain();
		d.setName(fqdn);
		d.setFqdn(fqdn);
		forest.getDomains().add(d);
		return d;
	}

	// ------------------------------------------------------------------ certificates

	public Certificate certificate(String name, IssuerKind issuer, String commonName, String... sans) {
		Certificate c = F.createCertificate();
		c.setName(name);
		c.setIssuerKind(issuer);
		c.setSubjectCommonName(commonName);
		c.getSubjectAlternativeNames().addAll(List.of(sans));
		topology.getCertificates().add(c);
		return c;
	}

	public PublishedName published(String name, PublishedNameKind kind, String value, Addressable... servedBy) {
		PublishedName pn = F.createPublishedName();
		pn.setName(name);
		pn.setKind(kind);
		pn.setValue(value);
		pn.getServedBy().addAll(List.of(servedBy));
		topology.getPublishedNames().add(pn);
		return pn;
	}
}
