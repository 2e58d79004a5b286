package org.portolan.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.portolan.analysis.FirewallHop;
import org.portolan.analysis.FlowEndpoint;
import org.portolan.analysis.FlowText;
import org.portolan.analysis.PortSet;
import org.portolan.analysis.RequiredFlow;
import org.portolan.analysis.RequiredFlows;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.RoleDefinition;
import org.portolan.model.NameScope;
import org.portolan.model.LoadBalancedPort;
import org.portolan.model.ExternalParty;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.InterfaceSide;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.PublishedName;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.VirtualIp;
import org.portolan.model.ZoneKind;
import org.portolan.validation.Finding;

/**
 * Builds the report tables of one topology. Every row comes from the required flows of the flow analysis
 * ({@link RequiredFlows}) or from the validation findings: nothing here derives a flow again. Model elements are
 * read only to name and address what the flows already point at.
 */
public final class ReportBuilder {

	/** Columns of the firewall tables; the middle four are the columns of the seed firewall summaries. */
	public static final String COL_INTERFACE = "Interface", COL_TRAFFIC = "Role/Protocol/TCP-UDP/Port",
			COL_SOURCE = "Source IP address", COL_SOURCE_NAME = "Source", COL_DESTINATION = "Destination IP address",
			COL_DESTINATION_NAME = "Destination", COL_NOTE = "Note";
	public static final String ANY = "Any";

	private final Topology topology;
	private final RequiredFlows flows;
	private final List<Finding> findings;
	private final Function<EObject, String> locator;

	/**
	 * @param locator "file:line" of a model element (for the validation summary); may return null
	 */
	public ReportBuilder(RequiredFlows flows, List<Finding> findings, Function<EObject, String> locator) {
		this.topology = flows.topology();
		this.flows = flows;
		this.findings = List.copyOf(findings);
		this.locator = locator == null ? e -> null : locator;
	}

	/** All tables, in report order. */
	public List<ReportTable> build() {
		List<ReportTable> tables = new ArrayList<>(firewallTables());
		tables.add(certificates());
		tables.add(portMatrix());
		tables.add(hostFirewall());
		tables.add(loadBalancerPorts());
		tables.add(ipsecExceptions());
		tables.add(dnsRecords());
		tables.add(validationSummary());
		return tables;
	}

	// ------------------------------------------------------------------------------------------ firewall rules

	/** One table per firewall of the topology: every required flow crossing it, grouped by ingress interface. */
	public List<ReportTable> firewallTables() {
		List<ReportTable> result = new ArrayList<>();
		for (Firewall fw : topology.getFirewalls()) {
			Set<List<String>> rows = new LinkedHashSet<>();
			for (RequiredFlow flow : flows.crossing(fw)) {
				for (FirewallHop hop : flow.path()) {
					if (hop.firewall() != fw) {
						continue;
					}
					rows.add(List.of(interfaceLabel(hop.ingress(), hop.fromZone()), traffic(flow), address(flow.from()),
							FlowText.name(flow.from().party()), address(flow.to()), partyLabel(flow.to()), note(flow)));
				}
			}
			List<List<String>> sorted = new ArrayList<>(rows);
			sorted.sort(Comparator.comparing((List<String> r) -> r.get(0))); // stable: flow order within an interface
			result.add(new ReportTable("firewall-" + fileSafe(FlowText.name(fw)), ReportKind.FIREWALL_RULES,
					"Firewall " + FlowText.name(fw) + (fw.getDescription() == null ? "" : " - " + fw.getDescription()),
					List.of(COL_INTERFACE, COL_TRAFFIC, COL_SOURCE, COL_SOURCE_NAME, COL_DESTINATION, COL_DESTINATION_NAME,
							COL_NOTE),
					sorted));
		}
		return result;
	}

	private static String interfaceLabel(FirewallInterface itf, NetworkZone zone) {
		String name = itf == null ? "(unnamed interface)" : FlowText.name(itf);
		return zone == null ? name : name + " (" + FlowText.name(zone) + ")";
	}

	/** "Access Edge/SIP(MTLS)/TCP/5061" in the seed tables' style. */
	static String traffic(RequiredFlow flow) {
		StringBuilder sb = new StringBuilder();
		String role = roleLabel(flow);
		if (role != null) {
			sb.append(role).append('/');
		}
		if (flow.appProtocol() != null && !flow.appProtocol().isBlank()) {
			sb.append(flow.appProtocol());
			if (flow.security() != null && !flow.security().isBlank()) {
				sb.append('(').append(flow.security()).append(')');
			}
			sb.append('/');
		}
		sb.append(transport(flow));
		if (!flow.portless()) {
			sb.append('/').append(ports(flow.ports()));
		}
		return sb.toString();
	}

	static String transport(RequiredFlow flow) {
		if (flow.transport() == Transport.IP_PROTOCOL) {
			return "IP protocol " + flow.ipProtocol();
		}
		return flow.transport() == Transport.TCP_UDP ? "TCP/UDP" : flow.transport().getLiteral().toUpperCase(Locale.ROOT);
	}

	/** "5061", "50000-59999", "5061, 5062". */
	static String ports(PortSet ports) {
		StringBuilder sb = new StringBuilder();
		for (int[] iv : ports.intervals()) {
			if (sb.length() > 0) {
				sb.append(", ");
			}
			sb.append(iv[0] == iv[1] ? String.valueOf(iv[0]) : iv[0] + "-" + iv[1]);
		}
		return sb.toString();
	}

	/**
	 * The service the rule opens, as the seed tables name it: the catalog role of the end that is not an external
	 * party ("AccessEdge", "XmppProxy" ...), else the role of the listening end.
	 */
	private static String roleLabel(RequiredFlow flow) {
		if (flow.origin() instanceof DataPathDefinition dp) {
			boolean toOutside = flow.to().isAnyExternal() || flow.to().party() instanceof ExternalParty;
			RoleDefinition r = toOutside ? dp.getFrom() : dp.getTo();
			if (r != null && r.getName() != null) {
				return words(r.getName());
			}
		}
		RoleInstance ri = flow.to().roleInstance() != null ? flow.to().roleInstance() : flow.from().roleInstance();
		return ri == null ? null : roleName(ri);
	}

	/** "AccessEdge" to "Access Edge". */
	static String words(String camel) {
		return camel.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
	}

	/** The address the rule must name: the NAT public address when the flow uses it, "Any" for any external or internal host. */
	static String address(FlowEndpoint end) {
		if (end.isAnyExternal()) {
			return ANY;
		}
		if (end.address() != null && !end.address().isBlank()) {
			return end.address();
		}
		if (end.party() instanceof ExternalParty) {
			return ANY;
		}
		return "(no address modeled)";
	}

	private static String partyLabel(FlowEndpoint end) {
		if (end.isAnyExternal()) {
			return end.name();
		}
		String base = FlowText.name(end.party());
		if (end.addressedElement() != null && end.addressedElement() != end.party()) {
			base = base + "." + FlowText.name(end.addressedElement());
		}
		return base;
	}

	private static String note(RequiredFlow flow) {
		StringBuilder sb = new StringBuilder();
		if (flow.purpose() != null && !flow.purpose().isBlank()) {
			sb.append(flow.purpose()).append(". ");
		}
		if (flow.from().translated() || flow.to().translated()) {
			sb.append("NAT: public address. ");
		}
		sb.append("Source: ").append(flow.citation() == null ? "not cited" : flow.citation());
		return sb.toString();
	}

	// ------------------------------------------------------------------------------------------ certificates

	/**
	 * Every TLS/MTLS listener that flows reach, with the names clients use and who needs them. A listener reached
	 * from external hosts and from inside gets two rows: the external certificate (public CA, the external published
	 * names) and the internal one (enterprise CA, the FQDN and internal names), as for Lync/SfB Edge servers.
	 */
	public ReportTable certificates() {
		Map<List<Object>, CertRow> byParty = new LinkedHashMap<>();
		for (RequiredFlow flow : flows) {
			String sec = flow.security() == null ? "" : flow.security().toUpperCase(Locale.ROOT);
			boolean tls = sec.contains("TLS") || "HTTPS".equalsIgnoreCase(flow.appProtocol());
			if (!tls || flow.to().party() == null || flow.to().party() instanceof ExternalParty) {
				continue;
			}
			Addressable party = flow.to().party();
			boolean external = isExternal(flow.from());
			CertRow row = byParty.computeIfAbsent(List.of(party, external), k -> new CertRow(party, external));
			row.services.add(traffic(flow));
			row.clients.add(flow.from().name());
			if (sec.contains("MTLS")) {
				row.mtls = true;
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (CertRow row : byParty.values()) {
			Set<String> sans = new LinkedHashSet<>();
			Set<String> nameUses = new LinkedHashSet<>();
			for (PublishedName name : topology.getPublishedNames()) {
				boolean scopeFits = name.getScope() == NameScope.BOTH
						|| (row.external ? name.getScope() == NameScope.EXTERNAL : name.getScope() == NameScope.INTERNAL);
				if (name.getValue() != null && scopeFits && servedBy(name, row.party)) {
					sans.add(hostOf(name.getValue()));
					nameUses.add(name.getValue() + ": " + FlowText.name(name) + " (" + name.getKind().getLiteral() + ")");
				}
			}
			String fqdn = fqdn(row.party);
			if (!row.external && fqdn != null) {
				sans.add(fqdn);
			}
			String subject = sans.isEmpty() ? fqdn : sans.iterator().next();
			String keyUsage = "Digital Signature, Key Encipherment; EKU Server Authentication"
					+ (row.mtls ? ", Client Authentication (MTLS)" : "");
			String issuer = row.external ? "public CA (reached from external hosts)" : "enterprise (internal) CA";
			rows.add(List.of(FlowText.name(row.party), row.external ? "external" : "internal",
					subject == null ? "(no FQDN modeled)" : subject, String.join(", ", sans), keyUsage, issuer,
					String.join("; ", row.services), String.join(", ", row.clients), String.join("; ", nameUses)));
		}
		return new ReportTable("certificates", ReportKind.CERTIFICATES, "Certificate requirements",
				List.of("Endpoint", "Side", "Subject", "Subject alternative names", "Key usage", "Issuer kind",
						"Services needing the name", "Clients", "Published names"),
				rows);
	}

	/** "https://meet.contoso.com/x" to "meet.contoso.com". */
	private static String hostOf(String value) {
		String v = value.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
		int slash = v.indexOf('/');
		v = slash < 0 ? v : v.substring(0, slash);
		int colon = v.indexOf(':');
		return colon < 0 ? v : v.substring(0, colon);
	}

	private static final class CertRow {
		final Addressable party;
		final Set<String> services = new LinkedHashSet<>();
		final Set<String> clients = new LinkedHashSet<>();
		final boolean external;
		boolean mtls;

		CertRow(Addressable party, boolean external) {
			this.party = party;
			this.external = external;
		}
	}

	private static boolean servedBy(PublishedName name, Addressable party) {
		for (Addressable a : name.getServedBy()) {
			if (a == party) {
				return true;
			}
			if (a instanceof Pool pool && party instanceof Server s && pool.getMembers().contains(s)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isExternal(FlowEndpoint end) {
		return end.isAnyExternal() && !end.isAnyInternal()
				|| end.zone() != null && end.zone().getKind() == ZoneKind.EXTERNAL;
	}

	private static String fqdn(EObject e) {
		if (e instanceof Server s) {
			return s.getFqdn();
		}
		if (e instanceof Pool p) {
			return p.getFqdn();
		}
		if (e instanceof VirtualIp v) {
			return v.getFqdn();
		}
		if (e instanceof ExternalParty x) {
			return x.getFqdn();
		}
		return null;
	}

	// ------------------------------------------------------------------------------------------ port matrix

	/** Per server and role: the ports it listens on and the ports it opens to others. */
	public ReportTable portMatrix() {
		Set<List<String>> rows = new LinkedHashSet<>();
		for (RequiredFlow flow : flows) {
			Server to = serverOf(flow.to());
			if (to != null) {
				rows.add(List.of(FlowText.name(to), roleName(flow.to().roleInstance()), "listens", proto(flow),
						transport(flow), flow.portless() ? "" : ports(flow.ports()), partyLabel(flow.from()),
						flow.citation() == null ? "" : flow.citation()));
			}
			Server from = serverOf(flow.from());
			if (from != null) {
				rows.add(List.of(FlowText.name(from), roleName(flow.from().roleInstance()), "connects to", proto(flow),
						transport(flow), flow.portless() ? "" : ports(flow.ports()), partyLabel(flow.to()),
						flow.citation() == null ? "" : flow.citation()));
			}
		}
		List<List<String>> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1))
				.thenComparing(r -> r.get(2)));
		return new ReportTable("port-matrix", ReportKind.PORT_MATRIX, "Port matrix per server and role",
				List.of("Server", "Role", "Direction", "Protocol", "TCP/UDP", "Port", "Peer", "Source"), sorted);
	}

	private static String proto(RequiredFlow flow) {
		String p = flow.appProtocol() == null ? "" : flow.appProtocol();
		return flow.security() == null || flow.security().isBlank() ? p : p + " (" + flow.security() + ")";
	}

	private static String roleName(RoleInstance ri) {
		if (ri == null) {
			return "(connector)";
		}
		return ri.getRole() != null && ri.getRole().getName() != null ? words(ri.getRole().getName()) : FlowText.name(ri);
	}

	private static Server serverOf(FlowEndpoint end) {
		if (end.roleInstance() != null && end.roleInstance().eContainer() instanceof Server s) {
			return s;
		}
		if (end.party() instanceof Server s) {
			return s;
		}
		if (end.addressedElement() instanceof NetworkInterface nic && nic.eContainer() instanceof Server s) {
			return s;
		}
		return null;
	}

	// ------------------------------------------------------------------------------------------ host firewall

	/**
	 * Inbound Windows Firewall rules per server (the style of the Exchange 2010 setup rules, seed 001): one rule per
	 * role, protocol, transport and port set, with the remote addresses that flows come from.
	 */
	public ReportTable hostFirewall() {
		Map<List<String>, Set<String>> rules = new LinkedHashMap<>();
		Map<List<String>, String> sources = new LinkedHashMap<>();
		for (RequiredFlow flow : flows) {
			Server to = serverOf(flow.to());
			if (to == null || flow.portless()
					|| flow.transport() != Transport.TCP && flow.transport() != Transport.UDP
							&& flow.transport() != Transport.TCP_UDP) {
				continue;
			}
			for (String t : flow.transport() == Transport.TCP_UDP ? List.of("TCP", "UDP")
					: List.of(flow.transport().getLiteral().toUpperCase(Locale.ROOT))) {
				String role = roleName(flow.to().roleInstance());
				String app = flow.appProtocol() == null || flow.appProtocol().isBlank() ? t : flow.appProtocol();
				String name = "Portolan - " + role + " - " + app + " (" + t + "-In)";
				List<String> key = List.of(FlowText.name(to), name, t, ports(flow.ports()).replace(" ", ""));
				rules.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(address(flow.from()));
				sources.putIfAbsent(key, flow.citation() == null ? "" : flow.citation());
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<List<String>, Set<String>> e : rules.entrySet()) {
			List<String> k = e.getKey();
			String remote = e.getValue().contains(ANY) ? ANY : String.join(",", e.getValue());
			String netsh = "netsh advfirewall firewall add rule name=\"" + k.get(1) + "\" dir=in action=allow protocol="
					+ k.get(2) + " localport=" + k.get(3) + " remoteip=" + (ANY.equals(remote) ? "any" : remote);
			rows.add(List.of(k.get(0), k.get(1), "Inbound", "Allow", k.get(2), k.get(3), remote, netsh,
					sources.get(k)));
		}
		rows.sort(Comparator.comparing((List<String> r) -> r.get(0)));
		return new ReportTable("host-firewall", ReportKind.HOST_FIREWALL, "Host firewall rules per server",
				List.of("Server", "Rule name", "Direction", "Action", "Protocol", "Local port", "Remote address",
						"Command", "Source"),
				rows);
	}

	// ------------------------------------------------------------------------------------------ load balancers

	/**
	 * Per virtual IP: the ports it balances with the required flows that reach it on each port, the flows that reach
	 * it on a port it does not balance, and the ports the load balancer rules (SFB2015-HLB-*) report missing.
	 */
	public ReportTable loadBalancerPorts() {
		List<List<String>> rows = new ArrayList<>();
		Set<RequiredFlow> shown = new java.util.HashSet<>();
		for (org.portolan.model.LoadBalancer lb : topology.getLoadBalancers()) {
			for (VirtualIp vip : lb.getVips()) {
				String pools = String.join(", ", topology.getPools().stream().filter(p -> p.getVirtualIps().contains(vip))
						.map(FlowText::name).toList());
				String members = String.join(", ", topology.getPools().stream().filter(p -> p.getVirtualIps().contains(vip))
						.flatMap(p -> p.getMembers().stream()).map(FlowText::name).distinct().toList());
				for (LoadBalancedPort port : vip.getPorts()) {
					PortSet set = port.getPorts() == null ? PortSet.EMPTY : PortSet.of(port.getPorts(), PortSet.EMPTY);
					Set<String> users = new LinkedHashSet<>();
					for (RequiredFlow flow : flows) {
						if (flow.to().addressedElement() == vip && !flow.portless() && flow.ports().intersect(set).size() > 0) {
							users.add(partyLabel(flow.from()));
							shown.add(flow);
						}
					}
					String backend = port.getBackendPort() > 0 ? String.valueOf(port.getBackendPort()) : ports(set);
					rows.add(List.of(FlowText.name(lb), FlowText.name(vip), nz(vip.getAddress()), nz(vip.getFqdn()), pools,
							nz(port.getAppProtocol()), port.getTransport().getLiteral().toUpperCase(Locale.ROOT), ports(set),
							backend, members, users.isEmpty() ? "balanced (no modeled flow uses it)" : "used by " + String.join(", ", users)));
				}
			}
		}
		for (RequiredFlow flow : flows) {
			if (flow.to().addressedElement() instanceof VirtualIp vip && !flow.portless() && !shown.contains(flow)) {
				String lb = vip.eContainer() == null ? "" : FlowText.name(vip.eContainer());
				rows.add(List.of(lb, FlowText.name(vip), nz(vip.getAddress()), nz(vip.getFqdn()), FlowText.name(flow.to().party()),
						nz(flow.appProtocol()), transport(flow), ports(flow.ports()), "", "",
						"NOT balanced on the VIP: needed by " + partyLabel(flow.from()) + " (" + flow.citation() + ")"));
			}
		}
		for (Finding f : findings) {
			if (f.ruleId().startsWith("SFB2015-HLB") || f.ruleId().contains("-LB-")) {
				rows.add(List.of("", FlowText.name(f.target()), "", "", "", "", "", "", "", "",
						f.ruleId() + ": " + f.message()));
			}
		}
		return new ReportTable("load-balancer-ports", ReportKind.LOAD_BALANCER, "Load balancer ports",
				List.of("Load balancer", "Virtual IP", "VIP address", "VIP FQDN", "Pools", "Protocol", "TCP/UDP", "Port",
						"Backend port", "Members", "Status"),
				rows);
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	// ------------------------------------------------------------------------------------------ IPsec

	private static final Set<String> MEDIA_PROTOCOLS = Set.of("rtp", "srtp", "rtcp", "srtcp", "stun", "msturn",
			"stun/msturn", "stun,msturn", "media");

	private static boolean isMedia(RequiredFlow flow) {
		String p = flow.appProtocol() == null ? "" : flow.appProtocol().toLowerCase(Locale.ROOT);
		return MEDIA_PROTOCOLS.contains(p) || p.startsWith("rtp") || p.startsWith("srtp") || p.contains("media")
				|| p.contains("stun");
	}

	/**
	 * The IPsec exceptions (authentication "Do not authenticate", seed 004 L180-201) that the media servers of the
	 * flows need: for every A/V Edge interface side, Mediation Server and Front End (A/V Conferencing) that takes part
	 * in a required flow, an inbound and an outbound exception for UDP and TCP on any port, with the media ports the
	 * flows use. "Exempted" says whether rule SFB2015-IPSEC-001 reports the server's exemptions missing.
	 */
	public ReportTable ipsecExceptions() {
		Map<List<String>, Set<String>> keys = new LinkedHashMap<>();
		for (RequiredFlow flow : flows) {
			addIpsec(keys, flow, flow.to(), true);
			addIpsec(keys, flow, flow.from(), false);
		}
		Set<String> missing = new LinkedHashSet<>();
		for (Finding f : findings) {
			if ("SFB2015-IPSEC-001".equals(f.ruleId()) && f.target() != null) {
				missing.add(FlowText.name(f.target()));
			}
		}
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<List<String>, Set<String>> e : keys.entrySet()) {
			List<String> k = e.getKey();
			String exempted = missing.contains(k.get(0)) ? "missing (SFB2015-IPSEC-001)" : "no finding";
			for (String direction : List.of("Inbound", "Outbound")) {
				rows.add(List.of(k.get(0), k.get(1) + direction, direction, k.get(2), "UDP and TCP", "Any", "Any",
						"Inbound".equals(direction) ? String.join("; ", e.getValue()) : "", "Do not authenticate", exempted,
						"004 L180-201 (004_sfb2015_ipsec_exceptions.csv)"));
			}
		}
		return new ReportTable("ipsec-exceptions", ReportKind.IPSEC_EXCEPTIONS, "IPsec exceptions",
				List.of("Server", "Rule name", "Direction", "Local address", "Protocol", "Local port", "Remote port",
						"Media ports of the flows", "Authentication", "Exempted", "Source"),
				rows);
	}

	private static void addIpsec(Map<List<String>, Set<String>> keys, RequiredFlow flow, FlowEndpoint end,
			boolean listening) {
		Server server = serverOf(end);
		RoleInstance ri = end.roleInstance();
		if (server == null || ri == null || !RoleNames.isCommunications(ri)) {
			return;
		}
		String ruleBase;
		if (RoleNames.is(ri, RoleNames.EDGE)) {
			NetworkInterface nic = end.networkInterface();
			boolean internal = nic != null && nic.getSide() == InterfaceSide.INTERNAL;
			if (!internal && !isMedia(flow)) {
				return; // the external Access and Web Conferencing Edge addresses carry no media
			}
			ruleBase = "A/V Edge Server " + (internal ? "Internal " : nic != null && nic.getSide() == InterfaceSide.EXTERNAL ? "External " : "");
		} else if (RoleNames.is(ri, RoleNames.MEDIATION)) {
			ruleBase = "Mediation Server ";
		} else if (RoleNames.is(ri, RoleNames.FRONT_END)) {
			ruleBase = "A/V Conferencing ";
		} else {
			return;
		}
		List<String> key = List.of(FlowText.name(server), ruleBase, end.privateAddress() == null ? "" : end.privateAddress());
		Set<String> media = keys.computeIfAbsent(key, k -> new LinkedHashSet<>());
		if (listening && isMedia(flow) && !flow.portless()) {
			media.add(transport(flow) + " " + ports(flow.ports()));
		}
	}

	// ------------------------------------------------------------------------------------------ DNS

	/**
	 * DNS records the flows need: A records for every FQDN a flow addresses (the NAT public address in the external
	 * view), SRV records for SIP access, federation and XMPP, MX for SMTP from the Internet.
	 */
	public ReportTable dnsRecords() {
		Set<List<String>> rows = new LinkedHashSet<>();
		for (RequiredFlow flow : flows) {
			FlowEndpoint to = flow.to();
			if (to.isAnyExternal() || to.party() instanceof ExternalParty) {
				continue;
			}
			boolean external = isExternal(flow.from());
			String view = external ? "external" : "internal";
			String address = to.address();
			String host = fqdn(to.addressedElement()) != null ? fqdn(to.addressedElement()) : fqdn(to.party());
			if (to.party() instanceof Pool || to.addressedElement() instanceof VirtualIp) {
				host = fqdn(to.addressedElement()) != null ? fqdn(to.addressedElement()) : fqdn(to.party());
			}
			List<String> names = new ArrayList<>();
			if (external) {
				for (PublishedName n : topology.getPublishedNames()) {
					if (n.getValue() != null && servedBy(n, to.party() instanceof Server s ? poolOf(s, to.party()) : to.party())
							&& !n.getValue().contains("/")) {
						names.add(n.getValue());
					}
				}
			}
			if (names.isEmpty() && host != null) {
				names.add(host);
			}
			if (address != null && !address.isBlank()) {
				for (String n : names) {
					rows.add(List.of(view, "A", n, address, "", "", FlowText.name(to.party()), traffic(flow)));
				}
			}
			String srvTarget = names.isEmpty() ? host : names.get(0);
			if (srvTarget == null || flow.portless()) {
				continue;
			}
			String domain = parentDomain(srvTarget);
			String app = flow.appProtocol() == null ? "" : flow.appProtocol().toUpperCase(Locale.ROOT);
			if (external && "SIP".equals(app) && flow.ports().contains(443)) {
				rows.add(List.of(view, "SRV", "_sip._tls." + domain, srvTarget, "443", "0 0", FlowText.name(to.party()),
						traffic(flow)));
			}
			if (external && "SIP".equals(app) && flow.ports().contains(5061) && flow.from().party() instanceof ExternalParty) {
				rows.add(List.of(view, "SRV", "_sipfederationtls._tcp." + domain, srvTarget, "5061", "0 0",
						FlowText.name(to.party()), traffic(flow)));
			}
			if (external && "XMPP".equals(app) && flow.ports().contains(5269)) {
				rows.add(List.of(view, "SRV", "_xmpp-server._tcp." + domain, srvTarget, "5269", "0 0",
						FlowText.name(to.party()), traffic(flow)));
			}
			if (external && "SMTP".equals(app) && flow.ports().contains(25)) {
				rows.add(List.of(view, "MX", domain, srvTarget, "25", "10", FlowText.name(to.party()), traffic(flow)));
			}
		}
		// one record per name and target: the servers behind it and the flows needing it are merged
		Map<List<String>, List<Set<String>>> merged = new LinkedHashMap<>();
		for (List<String> r : rows) {
			List<Set<String>> cols = merged.computeIfAbsent(r.subList(0, 6), k -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>()));
			cols.get(0).add(r.get(6));
			cols.get(1).add(r.get(7));
		}
		List<List<String>> sorted = new ArrayList<>();
		merged.forEach((k, v) -> {
			List<String> row = new ArrayList<>(k);
			row.add(String.join(", ", v.get(0)));
			row.add(String.join("; ", v.get(1)));
			sorted.add(row);
		});
		sorted.sort(Comparator.comparing((List<String> r) -> r.get(0)).thenComparing(r -> r.get(1)).thenComparing(r -> r.get(2)));
		return new ReportTable("dns-records", ReportKind.DNS_RECORDS, "DNS records",
				List.of("View", "Type", "Name", "Target / address", "Port", "Priority weight", "Served by",
						"Needed for"),
				sorted);
	}

	private static Addressable poolOf(Server s, Addressable fallback) {
		if (s.eContainer() instanceof Topology t) {
			for (Pool p : t.getPools()) {
				if (p.getMembers().contains(s)) {
					return p;
				}
			}
		}
		return fallback;
	}

	private static String parentDomain(String fqdn) {
		int dot = fqdn.indexOf('.');
		return dot < 0 || dot == fqdn.length() - 1 ? fqdn : fqdn.substring(dot + 1);
	}

	// ------------------------------------------------------------------------------------------ validation

	public ReportTable validationSummary() {
		List<List<String>> rows = new ArrayList<>();
		List<Finding> sorted = new ArrayList<>(findings);
		sorted.sort(Comparator.comparing((Finding f) -> f.severity().ordinal()).thenComparing(Finding::ruleId));
		for (Finding f : sorted) {
			String loc = f.target() == null ? null : locator.apply(f.target());
			rows.add(List.of(f.severity().name().toLowerCase(Locale.ROOT), f.ruleId(), FlowText.name(f.target()),
					loc == null ? "" : loc, f.message(), f.rule().source() == null ? "" : f.rule().source()));
		}
		Map<String, Integer> counts = new TreeMap<>();
		sorted.forEach(f -> counts.merge(f.severity().name().toLowerCase(Locale.ROOT), 1, Integer::sum));
		String title = "Validation summary (" + (counts.isEmpty() ? "no findings" : counts.toString().replaceAll("[{}]", "")) + ")";
		return new ReportTable("validation", ReportKind.VALIDATION, title,
				List.of("Severity", "Rule", "Element", "Location", "Message", "Rule source"), rows);
	}

	// ------------------------------------------------------------------------------------------ helpers

	/** A name reduced to [A-Za-z0-9._-], never starting with a dot. */
	public static String fileSafe(String name) {
		String s = name.replaceAll("[^A-Za-z0-9._-]", "_");
		while (s.startsWith(".")) {
			s = "_" + s.substring(1);
		}
		return s.isEmpty() ? "_" : s;
	}
}
