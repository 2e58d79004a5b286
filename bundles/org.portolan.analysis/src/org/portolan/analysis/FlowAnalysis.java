package org.portolan.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.portolan.model.Addressable;
import org.portolan.model.Catalog;
import org.portolan.model.ConfigSetting;
import org.portolan.model.Connector;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.EdgeSubscription;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.FederationKind;
import org.portolan.model.FederationRoute;
import org.portolan.model.FirewallInterface;
import org.portolan.model.InterfaceSide;
import org.portolan.model.IpsecPolicy;
import org.portolan.model.LoadBalancedPort;
import org.portolan.model.LoadBalancer;
import org.portolan.model.LoadBalancingKind;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Organization;
import org.portolan.model.PermissionGroup;
import org.portolan.model.Pool;
import org.portolan.model.PortSpec;
import org.portolan.model.PortSpecKind;
import org.portolan.model.PortolanFactory;
import org.portolan.model.ProtocolConnector;
import org.portolan.model.ReceiveConnector;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.RoleKind;
import org.portolan.model.SendConnector;
import org.portolan.model.Server;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.model.Topology;
import org.portolan.model.Transport;
import org.portolan.model.VirtualIp;
import org.portolan.model.ZoneKind;

/**
 * Derives the required flows of a topology: from explicit connectors and from the catalog data paths between role
 * instances. The single place where flows are computed; validators and reports read {@link RequiredFlows}.
 *
 * <p>
 * Catalog data path A to B: every instance of A and every instance of B (role instances on servers, including roles
 * an umbrella role includes, and roles a pool declares for its members) whose features satisfy the path's
 * conditions, except two roles on the same server. A role of kind ANY / EXTERNAL_PARTY / CLIENT is played by the
 * modeled {@link ExternalParty} elements that refer to it or whose kind matches its name, otherwise (ANY and
 * EXTERNAL_PARTY) by "any external host" in the first EXTERNAL zone (on a path of the internal interface side: by
 * "any internal host" in the first INTERNAL zone, if there is one). An external party's {@code version} is a
 * feature {@code partnerVersion=<version>} of that party. A destination server in a pool with hardware
 * load balancing is reached through the pool's VIP (when the VIP lists the flow's ports or lists none); with DNS
 * load balancing (or none) every member is a destination of its own.
 * </p>
 */
public final class FlowAnalysis {

	private static final PortolanFactory F = PortolanFactory.eINSTANCE;

	/** One role player: a server (with its role instance, if any) or an external party or "any external host". */
	private record Participant(Addressable party, Server server, RoleInstance roleInstance, ExternalParty external) {
		boolean anyExternal() {
			return party == null;
		}
	}

	/** A place where a participant can send or receive: a NIC, a VIP, an external party, an unplaced server. */
	private record Placement(Addressable party, Addressable addressed, RoleInstance roleInstance, NetworkZone zone,
			String privateAddress, String publicAddress, Set<EObject> identities) {
	}

	private record FlowKey(Addressable fromParty, Addressable fromAddressed, Addressable toParty,
			Addressable toAddressed, Transport transport, PortSet ports, String appProtocol) {
	}

	private final Topology topology;
	private final List<Catalog> catalogs;
	private final ZoneGraph zones;
	private final NetworkZone externalZone;
	private final NetworkZone internalZone;
	private final Map<Server, List<Pool>> poolsOfServer = new IdentityHashMap<>();
	private final Map<String, List<Participant>> participantsByRole = new HashMap<>();
	private final Map<RoleInstance, Set<String>> featuresOfInstance = new IdentityHashMap<>();
	private final Set<String> organizationFeatures = new LinkedHashSet<>();
	private final Set<EObject> ipsecScope = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final Set<Server> subscribedEdges = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
	private final LinkedHashMap<FlowKey, RequiredFlow> flows = new LinkedHashMap<>();

	private FlowAnalysis(Topology topology, List<Catalog> catalogs) {
		this.topology = topology;
		this.catalogs = catalogs;
		this.zones = new ZoneGraph(topology);
		this.externalZone = topology.getZones().stream().filter(z -> z.getKind() == ZoneKind.EXTERNAL).findFirst()
				.orElse(null);
		this.internalZone = topology.getZones().stream().filter(z -> z.getKind() == ZoneKind.INTERNAL).findFirst()
				.orElse(null);
	}

	/** Required flows of {@code topology} with the given catalogs (or, if none is given, {@link #catalogsOf}). */
	public static RequiredFlows analyze(Topology topology, Catalog... catalogs) {
		return analyze(topology, catalogs.length == 0 ? catalogsOf(topology) : Arrays.asList(catalogs));
	}

	public static RequiredFlows analyze(Topology topology, Collection<Catalog> catalogs) {
		FlowAnalysis analysis = new FlowAnalysis(topology, new ArrayList<>(catalogs));
		analysis.index();
		analysis.catalogFlows();
		analysis.connectorFlows();
		return new RequiredFlows(topology, new ArrayList<>(analysis.flows.values()), analysis.zones);
	}

	/**
	 * Catalogs a topology uses: those containing the roles its role instances, pools and external parties refer to,
	 * plus every Catalog root in the topology's resource set, in first-seen order.
	 */
	public static List<Catalog> catalogsOf(Topology topology) {
		Set<Catalog> result = new LinkedHashSet<>();
		for (Server s : topology.getServers()) {
			for (RoleInstance ri : s.getRoles()) {
				addCatalogOf(result, ri.getRole());
			}
		}
		for (Pool p : topology.getPools()) {
			for (RoleDefinition r : p.getRoles()) {
				addCatalogOf(result, r);
			}
		}
		for (ExternalParty e : topology.getExternalParties()) {
			addCatalogOf(result, e.getRole());
		}
		Resource resource = topology.eResource();
		if (resource != null && resource.getResourceSet() != null) {
			for (Resource r : resource.getResourceSet().getResources()) {
				for (EObject root : r.getContents()) {
					if (root instanceof Catalog c) {
						result.add(c);
					}
				}
			}
		}
		return new ArrayList<>(result);
	}

	private static void addCatalogOf(Set<Catalog> result, RoleDefinition role) {
		if (role != null && !role.eIsProxy() && EcoreUtil.getRootContainer(role) instanceof Catalog c) {
			result.add(c);
		}
	}

	// ---------------------------------------------------------------- indexing

	private static String roleKey(RoleDefinition role) {
		if (role == null) {
			return "";
		}
		if (role.getName() == null) {
			return "#" + System.identityHashCode(role);
		}
		String product = role.getProduct() == null ? "" : String.valueOf(role.getProduct().getName());
		return (product + "|" + role.getName()).toLowerCase(Locale.ROOT);
	}

	private static void collectRoleKeys(RoleDefinition role, Set<String> keys, Set<RoleDefinition> seen) {
		if (role == null || !seen.add(role)) {
			return;
		}
		keys.add(roleKey(role));
		for (RoleDefinition included : role.getIncludes()) {
			collectRoleKeys(included, keys, seen);
		}
	}

	private void index() {
		for (Pool pool : topology.getPools()) {
			for (Server member : pool.getMembers()) {
				poolsOfServer.computeIfAbsent(member, s -> new ArrayList<>()).add(pool);
			}
		}
		for (Organization org : topology.getOrganizations()) {
			for (String f : org.getFeatures()) {
				organizationFeatures.add(norm(f));
			}
		}
		for (IpsecPolicy policy : topology.getIpsecPolicies()) {
			ipsecScope.addAll(policy.getScope());
		}
		for (Connector c : topology.getConnectors()) {
			if (c instanceof EdgeSubscription sub && sub.getEdgeServer() != null) {
				subscribedEdges.add(sub.getEdgeServer());
			}
		}
		// derived deployment-wide fact (docs/metamodel.md decision 7): an Exchange Edge Transport server exists
		for (Server server : topology.getServers()) {
			if (server.getRoles().stream().anyMatch(r -> RoleNames.is(r, RoleNames.EDGE_TRANSPORT))) {
				organizationFeatures.add("edgetransport");
			}
		}
		for (Server server : topology.getServers()) {
			Set<String> coveredByInstances = new LinkedHashSet<>();
			for (RoleInstance ri : server.getRoles()) {
				Set<String> keys = new LinkedHashSet<>();
				collectRoleKeys(ri.getRole(), keys, new LinkedHashSet<>());
				for (String key : keys) {
					participantsByRole.computeIfAbsent(key, k -> new ArrayList<>())
							.add(new Participant(server, server, ri, null));
				}
				coveredByInstances.addAll(keys);
			}
			for (Pool pool : poolsOfServer.getOrDefault(server, List.of())) {
				for (RoleDefinition r : pool.getRoles()) {
					Set<String> keys = new LinkedHashSet<>();
					collectRoleKeys(r, keys, new LinkedHashSet<>());
					for (String key : keys) {
						if (coveredByInstances.add(key)) {
							participantsByRole.computeIfAbsent(key, k -> new ArrayList<>())
									.add(new Participant(server, server, null, null));
						}
					}
				}
			}
		}
	}

	private static String norm(String feature) {
		return feature == null ? "" : feature.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*=\\s*", "=");
	}

	/** Enabled features of one participant: its role instance, pools, settings, derived facts. */
	private Set<String> features(Participant p) {
		Set<String> result = new LinkedHashSet<>();
		if (p.roleInstance() != null) {
			Set<String> cached = featuresOfInstance.get(p.roleInstance());
			if (cached != null) {
				return cached;
			}
			for (String f : p.roleInstance().getFeatures()) {
				result.add(norm(f));
			}
			for (ConfigSetting s : p.roleInstance().getSettings()) {
				result.add(norm(s.getName() + "=" + s.getValue()));
			}
		}
		if (p.server() != null) {
			for (ConfigSetting s : p.server().getSettings()) {
				result.add(norm(s.getName() + "=" + s.getValue()));
			}
			for (Pool pool : poolsOfServer.getOrDefault(p.server(), List.of())) {
				for (String f : pool.getFeatures()) {
					result.add(norm(f));
				}
				LoadBalancingKind lb = pool.getLoadBalancing();
				if (lb == LoadBalancingKind.DNS || lb == LoadBalancingKind.DNS_AND_HARDWARE) {
					result.add("dnsloadbalancing");
				}
				if (lb == LoadBalancingKind.HARDWARE || lb == LoadBalancingKind.DNS_AND_HARDWARE) {
					result.add("hardwareloadbalancing");
				}
				if (ipsecScope.contains(pool)) {
					result.add("ipsec");
				}
			}
			if (ipsecScope.contains(p.server())) {
				result.add("ipsec");
			}
			if (subscribedEdges.contains(p.server())) {
				result.add("edgesubscription");
			}
			boolean mediation = p.server().getRoles().stream().anyMatch(r -> RoleNames.is(r, RoleNames.MEDIATION));
			boolean frontEnd = p.server().getRoles().stream().anyMatch(r -> RoleNames.is(r, RoleNames.FRONT_END));
			if (mediation && frontEnd) {
				result.add("collocatedmediation");
			}
		}
		if (p.external() != null) {
			result.addAll(partnerFeatures(p.external()));
		}
		if (p.roleInstance() != null) {
			featuresOfInstance.put(p.roleInstance(), result);
		}
		return result;
	}

	/**
	 * Facts an external party states about itself: {@code partnerVersion=<version>} from its {@code version}
	 * ("OCS 2007") and from {@code product} + {@code version} ("OCS" "2007"), so that catalog conditions such as
	 * {@code partnerVersion=OCS 2007} (003 L110-127: media only with OCS 2007 partners) hold for that partner alone.
	 */
	private static Set<String> partnerFeatures(ExternalParty e) {
		Set<String> result = new LinkedHashSet<>();
		String version = e.getProductVersion() == null ? "" : e.getProductVersion().trim();
		if (version.isEmpty()) {
			return result;
		}
		result.add(norm("partnerVersion=" + version));
		String product = e.getProduct() == null ? "" : e.getProduct().trim();
		if (!product.isEmpty()) {
			result.add(norm("partnerVersion=" + product + " " + version));
		}
		return result;
	}

	private boolean conditionsHold(List<String> conditions, Participant a, Participant b) {
		if (conditions.isEmpty()) {
			return true;
		}
		Set<String> fa = features(a);
		Set<String> fb = features(b);
		for (String raw : conditions) {
			String c = norm(raw);
			boolean negated = c.startsWith("!");
			String name = negated ? c.substring(1).trim() : c;
			boolean enabled = fa.contains(name) || fb.contains(name) || organizationFeatures.contains(name);
			if (enabled == negated) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Cheap pre-check before the pairwise one: a positive condition that neither the organizations nor any
	 * participant on either side enables can never hold, so the path applies to no pair.
	 */
	private boolean satisfiable(List<String> conditions, List<Participant> froms, List<Participant> tos) {
		for (String raw : conditions) {
			String c = norm(raw);
			if (c.startsWith("!") || organizationFeatures.contains(c)) {
				continue;
			}
			boolean somewhere = false;
			for (List<Participant> side : List.of(froms, tos)) {
				for (Participant p : side) {
					if (features(p).contains(c)) {
						somewhere = true;
						break;
					}
				}
				if (somewhere) {
					break;
				}
			}
			if (!somewhere) {
				return false;
			}
		}
		return true;
	}

	// ---------------------------------------------------------------- participants

	private List<Participant> participants(RoleDefinition role) {
		List<Participant> servers = participantsByRole.getOrDefault(roleKey(role), List.of());
		boolean externalKind = role != null && (role.getKind() == RoleKind.ANY
				|| role.getKind() == RoleKind.EXTERNAL_PARTY || role.getKind() == RoleKind.CLIENT);
		if (!servers.isEmpty() && !externalKind) {
			return servers;
		}
		List<Participant> result = new ArrayList<>(servers);
		String key = roleKey(role);
		Set<ExternalPartyKind> kinds = externalKindsFor(role);
		for (ExternalParty e : topology.getExternalParties()) {
			boolean byRole = e.getRole() != null && roleKey(e.getRole()).equals(key);
			boolean byKind = e.getRole() == null && kinds.contains(e.getKind());
			if (byRole || byKind) {
				result.add(new Participant(e, null, null, e));
			}
		}
		if (result.isEmpty() && role != null
				&& (role.getKind() == RoleKind.ANY || role.getKind() == RoleKind.EXTERNAL_PARTY)) {
			result.add(new Participant(null, null, null, null));
		}
		return result;
	}

	/** External party kinds a catalog role name stands for (role_vocabulary.csv canonical external roles). */
	private static Set<ExternalPartyKind> externalKindsFor(RoleDefinition role) {
		Set<ExternalPartyKind> kinds = new LinkedHashSet<>();
		if (role == null) {
			return kinds;
		}
		String n = RoleNames.normalize(role.getName()) + " " + RoleNames.normalize(role.getLabel());
		if (n.contains("federat")) {
			kinds.add(ExternalPartyKind.FEDERATED_PARTNER);
		}
		if (n.contains("publicim")) {
			kinds.add(ExternalPartyKind.PUBLIC_IM_PROVIDER);
		}
		if (n.contains("xmpp")) {
			kinds.add(ExternalPartyKind.XMPP_PARTNER);
		}
		if (n.contains("gateway") || n.contains("pbx")) {
			kinds.add(ExternalPartyKind.PSTN_GATEWAY);
			kinds.add(ExternalPartyKind.IP_PBX);
		}
		if (n.contains("client") || n.contains("remoteuser")) {
			kinds.add(ExternalPartyKind.CLIENT);
			kinds.add(ExternalPartyKind.REMOTE_USER);
		}
		if (n.contains("smarthost")) {
			kinds.add(ExternalPartyKind.SMART_HOST);
		}
		return kinds;
	}

	// ---------------------------------------------------------------- placements

	private List<Placement> sourcePlacements(Participant p, InterfaceSide side, RoleDefinition servedRole) {
		if (p.anyExternal()) {
			return List.of(side == InterfaceSide.INTERNAL && internalZone != null ? anyInternalPlacement()
					: anyExternalPlacement());
		}
		if (p.external() != null) {
			return List.of(externalPlacement(p.external(), null));
		}
		return serverPlacements(p.server(), p.roleInstance(), side, servedRole);
	}

	private List<Placement> destinationPlacements(Participant p, InterfaceSide side, PortSet ports, Server caller,
			RoleDefinition servedRole) {
		if (p.server() != null) {
			for (Pool pool : poolsOfServer.getOrDefault(p.server(), List.of())) {
				if (caller != null && pool.getMembers().contains(caller)) {
					continue; // traffic inside a pool goes member to member
				}
				List<Placement> vips = vipPlacements(pool, p.roleInstance(), ports);
				if (!vips.isEmpty()) {
					return vips;
				}
			}
		}
		return sourcePlacements(p, side, servedRole);
	}

	private List<Placement> vipPlacements(Pool pool, RoleInstance ri, PortSet ports) {
		LoadBalancingKind lb = pool.getLoadBalancing();
		if (lb != LoadBalancingKind.HARDWARE && lb != LoadBalancingKind.DNS_AND_HARDWARE) {
			return List.of();
		}
		List<Placement> result = new ArrayList<>();
		for (VirtualIp vip : pool.getVirtualIps()) {
			if (vipCarries(vip, ports)) {
				Set<EObject> ids = new LinkedHashSet<>();
				ids.add(vip);
				ids.add(pool);
				if (vip.eContainer() instanceof LoadBalancer lbDevice) {
					ids.add(lbDevice);
				}
				if (vip.getZone() != null) {
					ids.add(vip.getZone());
				}
				result.add(new Placement(pool, vip, ri, vip.getZone(), vip.getAddress(), vip.getPublicAddress(), ids));
			}
		}
		return result;
	}

	/** A VIP without listed ports balances everything; otherwise it must list every port of the flow. */
	private static boolean vipCarries(VirtualIp vip, PortSet ports) {
		if (vip.getPorts().isEmpty()) {
			return true;
		}
		PortSet.Builder b = new PortSet.Builder();
		for (LoadBalancedPort p : vip.getPorts()) {
			b.addAll(PortSet.of(p.getPorts(), PortSet.DEFAULT_DYNAMIC));
		}
		return !ports.isEmpty() && b.build().containsAll(ports);
	}

	private List<Placement> serverPlacements(Server server, RoleInstance ri, InterfaceSide side) {
		return serverPlacements(server, ri, side, null);
	}

	/**
	 * The interfaces a role instance can use: its own {@code interfaces} or else all of the server's; those on the
	 * path's interface side if any; and, when an umbrella role lists several IPs (Edge: access, webconf, av), the
	 * interfaces whose name is part of the served role's name (interface "webconf" for role WebConferencingEdge),
	 * if any.
	 */
	private List<Placement> serverPlacements(Server server, RoleInstance ri, InterfaceSide side,
			RoleDefinition servedRole) {
		List<NetworkInterface> candidates = ri != null && !ri.getInterfaces().isEmpty() ? ri.getInterfaces()
				: server.getInterfaces();
		if (side != null && side != InterfaceSide.ANY) {
			List<NetworkInterface> sided = candidates.stream().filter(n -> n.getSide() == side).toList();
			if (!sided.isEmpty()) {
				candidates = sided;
			}
		}
		if (candidates.size() > 1 && servedRole != null) {
			String roleName = RoleNames.normalize(servedRole.getName());
			List<NetworkInterface> named = candidates.stream().filter(n -> {
				String nicName = RoleNames.normalize(n.getName());
				return nicName.length() >= 2 && roleName.contains(nicName);
			}).toList();
			if (!named.isEmpty()) {
				candidates = named;
			}
		}
		List<Placement> result = new ArrayList<>();
		for (NetworkInterface nic : candidates) {
			result.add(new Placement(server, nic, ri, nic.getZone(), nic.getIpAddress(), nic.getPublicAddress(),
					serverIdentities(server, ri, nic)));
		}
		if (result.isEmpty()) {
			result.add(new Placement(server, server, ri, null, null, null, serverIdentities(server, ri, null)));
		}
		return result;
	}

	private Set<EObject> serverIdentities(Server server, RoleInstance ri, NetworkInterface nic) {
		Set<EObject> ids = new LinkedHashSet<>();
		if (nic != null) {
			ids.add(nic);
		}
		ids.add(server);
		if (ri != null) {
			ids.add(ri);
		}
		ids.addAll(poolsOfServer.getOrDefault(server, List.of()));
		if (nic != null && nic.getZone() != null) {
			ids.add(nic.getZone());
		}
		return ids;
	}

	private Placement externalPlacement(ExternalParty e, String addressOverride) {
		NetworkZone zone = e.getZone() != null ? e.getZone() : externalZone;
		String address = addressOverride != null && !addressOverride.isBlank() ? addressOverride
				: !e.getAddresses().isEmpty() ? e.getAddresses().get(0) : e.getFqdn();
		Set<EObject> ids = new LinkedHashSet<>();
		ids.add(e);
		if (zone != null) {
			ids.add(zone);
		}
		return new Placement(e, e, null, zone, address, null, ids);
	}

	/**
	 * "Any" on an internal-interface path (003 L204-239: STUN and Centralized Logging to the Edge internal interface
	 * from any internal host): any host of the first INTERNAL zone.
	 */
	private Placement anyInternalPlacement() {
		return new Placement(null, null, null, internalZone, null, null, Set.of(internalZone));
	}

	private Placement anyExternalPlacement() {
		Set<EObject> ids = new LinkedHashSet<>();
		if (externalZone != null) {
			ids.add(externalZone);
		}
		return new Placement(null, null, null, externalZone, null, null, ids);
	}

	/** Placements of any Addressable a connector names. */
	private List<Placement> placementsOf(Addressable a, PortSet ports, boolean asDestination, Server caller) {
		if (a == null) {
			return List.of();
		}
		if (a instanceof Server s) {
			return asDestination ? destinationPlacements(new Participant(s, s, null, null), InterfaceSide.ANY, ports,
					caller, null) : serverPlacements(s, null, InterfaceSide.ANY);
		}
		if (a instanceof RoleInstance ri && ri.eContainer() instanceof Server s) {
			return asDestination ? destinationPlacements(new Participant(s, s, ri, null), InterfaceSide.ANY, ports,
					caller, null) : serverPlacements(s, ri, InterfaceSide.ANY);
		}
		if (a instanceof Pool pool) {
			if (asDestination) {
				List<Placement> vips = vipPlacements(pool, null, ports);
				if (!vips.isEmpty()) {
					return vips;
				}
			}
			List<Placement> result = new ArrayList<>();
			for (Server m : pool.getMembers()) {
				result.addAll(serverPlacements(m, null, InterfaceSide.ANY));
			}
			return result;
		}
		if (a instanceof ExternalParty e) {
			return List.of(externalPlacement(e, null));
		}
		if (a instanceof NetworkInterface nic && nic.eContainer() instanceof Server s) {
			return List.of(new Placement(s, nic, null, nic.getZone(), nic.getIpAddress(), nic.getPublicAddress(),
					serverIdentities(s, null, nic)));
		}
		if (a instanceof VirtualIp vip) {
			Set<EObject> ids = new LinkedHashSet<>(List.of(vip));
			if (vip.eContainer() != null) {
				ids.add(vip.eContainer());
			}
			if (vip.getZone() != null) {
				ids.add(vip.getZone());
			}
			return List.of(new Placement(vip, vip, null, vip.getZone(), vip.getAddress(), vip.getPublicAddress(), ids));
		}
		if (a instanceof LoadBalancer lb) {
			List<Placement> result = new ArrayList<>();
			for (VirtualIp vip : lb.getVips()) {
				result.addAll(placementsOf(vip, ports, asDestination, caller));
			}
			return result;
		}
		if (a instanceof NetworkZone zone) {
			return List.of(new Placement(zone, zone, null, zone, null, null, Set.of(zone)));
		}
		if (a instanceof FirewallInterface fi) {
			Set<EObject> ids = new LinkedHashSet<>(List.of(fi));
			if (fi.getZone() != null) {
				ids.add(fi.getZone());
			}
			return List.of(new Placement(fi, fi, null, fi.getZone(), fi.getIpAddress(), null, ids));
		}
		return List.of();
	}

	// ---------------------------------------------------------------- flow construction

	/**
	 * For every source party and destination party (a pool's members are parties of their own; a pool reached through
	 * its VIPs is one party), picks the placement pair with the fewest firewalls between them (first on ties) and
	 * records one flow. A flow identical to one already recorded (same ends, transport, ports, protocol), e.g. a
	 * federation route repeating a catalog data path, is not added twice; the first (catalog) one is kept.
	 */
	private void addFlow(FlowKind kind, EObject origin, List<Placement> sources, List<Placement> destinations,
			String appProtocol, Transport transport, int ipProtocol, PortSpec spec, String security, String purpose,
			List<String> conditions, org.portolan.model.SourceReference source, String citation) {
		Map<Object, List<Placement>> sourcesByParty = groupByParty(sources);
		Map<Object, List<Placement>> destinationsByParty = groupByParty(destinations);
		for (List<Placement> srcGroup : sourcesByParty.values()) {
			for (List<Placement> dstGroup : destinationsByParty.values()) {
				addBestFlow(kind, origin, srcGroup, dstGroup, appProtocol, transport, ipProtocol, spec, security,
						purpose, conditions, source, citation);
			}
		}
	}

	private static Map<Object, List<Placement>> groupByParty(List<Placement> placements) {
		Map<Object, List<Placement>> result = new LinkedHashMap<>();
		for (Placement p : placements) {
			Object key = p.party() == null ? "any external host" : p.party();
			result.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
		}
		return result;
	}

	private void addBestFlow(FlowKind kind, EObject origin, List<Placement> sources, List<Placement> destinations,
			String appProtocol, Transport transport, int ipProtocol, PortSpec spec, String security, String purpose,
			List<String> conditions, org.portolan.model.SourceReference source, String citation) {
		Placement bestSrc = null;
		Placement bestDst = null;
		int best = Integer.MAX_VALUE;
		for (Placement s : sources) {
			for (Placement d : destinations) {
				int dist = zones.distance(s.zone(), d.zone());
				if (dist < best) {
					best = dist;
					bestSrc = s;
					bestDst = d;
				}
			}
		}
		if (bestSrc == null) {
			return;
		}
		if (bestSrc.party() != null && bestSrc.party() == bestDst.party()) {
			return; // local on one server
		}
		if (bestSrc.party() instanceof Server s && bestDst.party() instanceof Pool pool && pool.getMembers().contains(s)) {
			return; // a member does not reach its own pool through the load balancer
		}
		Server destinationServer = bestDst.party() instanceof Server s ? s : null;
		PortSet dynamicDefault = destinationServer != null && destinationServer.getRpcDynamicPorts() != null
				&& !destinationServer.getRpcDynamicPorts().getRanges().isEmpty()
						? PortSet.of(destinationServer.getRpcDynamicPorts(), PortSet.DEFAULT_DYNAMIC)
						: PortSet.DEFAULT_DYNAMIC;
		boolean portless = spec == null || PortSet.isPortless(spec) || transport == Transport.ICMP
				|| transport == Transport.IP_PROTOCOL;
		PortSet ports = portless ? PortSet.EMPTY : PortSet.of(spec, dynamicDefault);
		FlowKey key = new FlowKey(bestSrc.party(), bestSrc.addressed(), bestDst.party(), bestDst.addressed(), transport,
				ports, appProtocol == null ? "" : appProtocol.toLowerCase(Locale.ROOT));
		if (flows.containsKey(key)) {
			return;
		}
		FlowEndpoint from = endpoint(bestSrc, bestDst.zone());
		FlowEndpoint to = endpoint(bestDst, bestSrc.zone());
		List<FirewallHop> path = zones.path(bestSrc.zone(), bestDst.zone());
		boolean routed = path != null;
		flows.put(key, new RequiredFlow(kind, origin, from, to, appProtocol, transport, ipProtocol, spec, ports,
				portless, security, purpose, conditions, source, citation, routed ? path : List.of(), routed));
	}

	/** NAT: the public address is used when the peer sits in an EXTERNAL zone different from this end's zone. */
	private static FlowEndpoint endpoint(Placement p, NetworkZone peerZone) {
		boolean peerOutside = peerZone != null && peerZone.getKind() == ZoneKind.EXTERNAL && peerZone != p.zone();
		boolean translated = peerOutside && p.publicAddress() != null && !p.publicAddress().isBlank();
		String address = translated ? p.publicAddress() : p.privateAddress();
		return new FlowEndpoint(p.party(), p.addressed(), p.roleInstance(), address, p.privateAddress(), p.zone(),
				translated, p.identities());
	}

	private void catalogFlows() {
		for (Catalog catalog : catalogs) {
			for (DataPathDefinition dp : catalog.getDataPaths()) {
				List<Participant> froms = participants(dp.getFrom());
				if (froms.isEmpty()) {
					continue;
				}
				List<Participant> tos = participants(dp.getTo());
				if (tos.isEmpty()) {
					continue;
				}
				if (!satisfiable(dp.getConditions(), froms, tos)) {
					continue;
				}
				PortSet roughPorts = dp.getPorts() == null || PortSet.isPortless(dp.getPorts()) ? PortSet.EMPTY
						: PortSet.of(dp.getPorts(), PortSet.DEFAULT_DYNAMIC);
				String purpose = purposeOf(dp);
				String citation = FlowText.citation(dp.getSource());
				for (Participant a : froms) {
					for (Participant b : tos) {
						if (a.anyExternal() && b.anyExternal()) {
							continue;
						}
						if (a.server() != null && a.server() == b.server()) {
							continue;
						}
						if (a.external() != null && a.external() == b.external()) {
							continue;
						}
						if (!conditionsHold(dp.getConditions(), a, b)) {
							continue;
						}
						addFlow(FlowKind.CATALOG_DATA_PATH, dp, sourcePlacements(a, dp.getInterfaceSide(), dp.getFrom()),
								destinationPlacements(b, dp.getInterfaceSide(), roughPorts, a.server(), dp.getTo()),
								dp.getAppProtocol(), dp.getTransport(), dp.getIpProtocol(), dp.getPorts(),
								dp.getSecurity(), purpose, dp.getConditions(), dp.getSource(), citation);
					}
				}
			}
		}
	}

	private static String purposeOf(DataPathDefinition dp) {
		String from = FlowText.name(dp.getFrom());
		String to = FlowText.name(dp.getTo());
		String base = dp.getName() != null && !dp.getName().isBlank() ? dp.getName() : from + " to " + to;
		return dp.getServiceName() != null && !dp.getServiceName().isBlank() ? base + " (" + dp.getServiceName() + ")"
				: base;
	}

	// ---------------------------------------------------------------- connectors

	private static PortSpec single(int port) {
		PortSpec spec = F.createPortSpec();
		spec.setKind(PortSpecKind.SINGLE);
		spec.getPorts().add(port);
		return spec;
	}

	private static PortSpec unspecified(String text) {
		PortSpec spec = F.createPortSpec();
		spec.setKind(PortSpecKind.UNSPECIFIED);
		spec.setText(text);
		return spec;
	}

	private void connectorFlow(Connector c, List<Placement> sources, List<Placement> destinations, String appProtocol,
			Transport transport, PortSpec spec, String security, String purpose, String citation) {
		addFlow(FlowKind.CONNECTOR, c, sources, destinations, appProtocol, transport, 0, spec, security, purpose,
				List.of(), null, citation);
	}

	private List<Placement> internetSmtpHosts() {
		List<Placement> result = new ArrayList<>();
		for (ExternalParty e : topology.getExternalParties()) {
			if (e.getKind() == ExternalPartyKind.INTERNET_SMTP_HOST) {
				result.add(externalPlacement(e, null));
			}
		}
		return result.isEmpty() ? List.of(anyExternalPlacement()) : result;
	}

	private void connectorFlows() {
		for (Connector c : topology.getConnectors()) {
			String name = FlowText.name(c);
			if (c instanceof ProtocolConnector pc) {
				PortSet ports = pc.getPorts() == null ? PortSet.EMPTY : PortSet.of(pc.getPorts(), PortSet.DEFAULT_DYNAMIC);
				String citation = "modeled connector " + name;
				addFlow(FlowKind.CONNECTOR, pc, placementsOf(pc.getFrom(), ports, false, null),
						placementsOf(pc.getTo(), ports, true, serverOf(pc.getFrom())), pc.getAppProtocol(),
						pc.getTransport(), pc.getIpProtocol(), pc.getPorts(), pc.getSecurity(), name, List.of(), null,
						citation);
				if (pc.isBidirectional()) {
					addFlow(FlowKind.CONNECTOR, pc, placementsOf(pc.getTo(), ports, false, null),
							placementsOf(pc.getFrom(), ports, true, serverOf(pc.getTo())), pc.getAppProtocol(),
							pc.getTransport(), pc.getIpProtocol(), pc.getPorts(), pc.getSecurity(), name, List.of(),
							null, citation);
				}
			} else if (c instanceof SendConnector sc) {
				int port = sc.getPort() > 0 ? sc.getPort() : 25;
				PortSet ports = PortSet.of(port);
				for (Server source : sc.getSourceServers()) {
					List<Placement> destinations = new ArrayList<>();
					if (!sc.getSmartHosts().isEmpty()) {
						for (Addressable host : sc.getSmartHosts()) {
							destinations.addAll(placementsOf(host, ports, true, source));
						}
					} else {
						destinations.addAll(internetSmtpHosts());
					}
					// one flow per smart host: each must be reachable
					for (Placement d : destinations) {
						connectorFlow(sc, serverPlacements(source, null, InterfaceSide.ANY), List.of(d), "SMTP",
								Transport.TCP, single(port), sc.isRequireTls() ? "TLS" : null,
								"send connector " + name,
								"send connector " + name + " (000 L78-98: Internet send connector on the Hub, address space *)");
					}
				}
			} else if (c instanceof ReceiveConnector rc) {
				if (rc.getServer() != null && rc.getPermissionGroups().contains(PermissionGroup.ANONYMOUS_USERS)) {
					int port = bindingPort(rc.getBindings());
					for (Placement s : internetSmtpHosts()) {
						connectorFlow(rc, List.of(s), serverPlacements(rc.getServer(), null, InterfaceSide.ANY), "SMTP",
								Transport.TCP, single(port), null, "receive connector " + name
										+ " (anonymous Internet mail)",
								"receive connector " + name + " (000 L102-104: anonymous users on the Default receive connector)");
					}
				}
			} else if (c instanceof EdgeSubscription sub) {
				edgeSubscriptionFlows(sub, name);
			} else if (c instanceof SipTrunk trunk) {
				sipTrunkFlows(trunk, name);
			} else if (c instanceof FederationRoute route) {
				federationFlows(route, name);
			}
		}
	}

	private static Server serverOf(Addressable a) {
		if (a instanceof Server s) {
			return s;
		}
		if (a != null && a.eContainer() instanceof Server s) {
			return s;
		}
		return null;
	}

	private static int bindingPort(List<String> bindings) {
		for (String b : bindings) {
			int colon = b.lastIndexOf(':');
			try {
				return Integer.parseInt(colon >= 0 ? b.substring(colon + 1).trim() : b.trim());
			} catch (NumberFormatException e) {
				// not a port binding
			}
		}
		return 25;
	}

	/** Hub servers of the subscribed site: servers in that site with a Hub Transport role. */
	private void edgeSubscriptionFlows(EdgeSubscription sub, String name) {
		Server edge = sub.getEdgeServer();
		if (edge == null) {
			return;
		}
		List<Placement> edgePlacements = serverPlacements(edge, null, InterfaceSide.INTERNAL);
		for (Server hub : topology.getServers()) {
			if (hub == edge || hub.getSite() != sub.getHubSite()
					|| hub.getRoles().stream().noneMatch(r -> RoleNames.is(r, RoleNames.HUB_TRANSPORT))) {
				continue;
			}
			List<Placement> hubPlacements = serverPlacements(hub, null, InterfaceSide.ANY);
			connectorFlow(sub, hubPlacements, edgePlacements, "SMTP", Transport.TCP, single(25), "MTLS (direct trust)",
					"Hub Transport to Edge Transport mail (edge subscription " + name + ")",
					"001 L31-39 (Exchange 2010 transport data paths; 001_exchange2010_transport_data_paths.csv)");
			connectorFlow(sub, edgePlacements, hubPlacements, "SMTP", Transport.TCP, single(25), "MTLS (direct trust)",
					"Edge Transport to Hub Transport mail (edge subscription " + name + ")",
					"001 L41-49 (Exchange 2010 transport data paths; 001_exchange2010_transport_data_paths.csv)");
			if (sub.isEdgeSyncEnabled()) {
				connectorFlow(sub, hubPlacements, edgePlacements, "LDAPS (EdgeSync)", Transport.TCP, single(50636),
						"SSL", "EdgeSync (edge subscription " + name + ")",
						"001 L91-99 (Exchange 2010 transport data paths; 001_exchange2010_transport_data_paths.csv)");
			}
		}
	}

	/**
	 * Gateway to Mediation on the listening port (000 L210-347 "TCP or TLS port (5060)"), Mediation to gateway on
	 * the gateway port, Mediation to its internal next hop (MTLS, port not stated in 000).
	 */
	private void sipTrunkFlows(SipTrunk trunk, String name) {
		if (trunk.getMediation() == null || trunk.getGateway() == null) {
			return;
		}
		String security = trunk.getTransport() == SipTransport.TLS ? "TLS" : "none (TCP)";
		Placement gateway = externalPlacement(trunk.getGateway(), trunk.getGatewayAddress());
		String citation = "SIP trunk " + name
				+ " (000 L210-347: OCS 2007 R2 Mediation Server ports; 000_ocs2007r2_mediation_server_ports.csv)";
		PortSpec listen = trunk.getListeningPort() > 0 ? single(trunk.getListeningPort()) : single(5060);
		PortSet listenSet = PortSet.of(listen, null);
		connectorFlow(trunk, List.of(gateway), placementsOf(trunk.getMediation(), listenSet, true, null), "SIP",
				Transport.TCP, listen, security, "gateway to Mediation signaling (trunk " + name + ")", citation);
		PortSpec gatewayPort = trunk.getGatewayPort() > 0 ? single(trunk.getGatewayPort())
				: unspecified("configurable (per gateway; value not given)");
		connectorFlow(trunk, placementsOf(trunk.getMediation(), PortSet.EMPTY, false, null), List.of(gateway), "SIP",
				Transport.TCP, gatewayPort, security, "Mediation to gateway signaling (trunk " + name + ")", citation);
		if (trunk.getNextHop() != null) {
			connectorFlow(trunk, placementsOf(trunk.getMediation(), PortSet.EMPTY, false, null),
					placementsOf(trunk.getNextHop(), PortSet.EMPTY, true, serverOf(trunk.getMediation())), "SIP",
					Transport.TCP, unspecified("configured next-hop port (value not given)"), "MTLS",
					"Mediation to internal next hop (trunk " + name + ")", citation);
		}
	}

	/** Federation and public IM: SIP/MTLS TCP 5061 both ways (003 L86-97); XMPP: TCP 5269 both ways (003 L50-61). */
	private void federationFlows(FederationRoute route, String name) {
		if (route.getEdge() == null) {
			return;
		}
		boolean xmpp = route.getKind() == FederationKind.XMPP;
		int port = xmpp ? 5269 : 5061;
		String protocol = xmpp ? "XMPP" : "SIP";
		String citation = xmpp ? "003 L50-61 (Lync 2013 Edge external interface, XMPP; 003_lync2013_edge_external_interface.csv)"
				: "003 L86-97 (Lync 2013 Edge external interface, federation/public IM; 003_lync2013_edge_external_interface.csv)";
		List<Placement> partners = new ArrayList<>();
		for (ExternalParty p : route.getPartners()) {
			partners.add(externalPlacement(p, null));
		}
		if (partners.isEmpty()) {
			partners.add(anyExternalPlacement());
		}
		PortSet ports = PortSet.of(port);
		List<Placement> edge = new ArrayList<>();
		if (route.getEdge() instanceof Server s) {
			edge.addAll(serverPlacements(s, null, InterfaceSide.EXTERNAL));
		} else if (route.getEdge() instanceof Pool pool && vipPlacements(pool, null, ports).isEmpty()) {
			for (Server member : pool.getMembers()) {
				edge.addAll(serverPlacements(member, null, InterfaceSide.EXTERNAL));
			}
		} else {
			edge.addAll(placementsOf(route.getEdge(), ports, true, null));
		}
		for (Placement partner : partners) {
			connectorFlow(route, List.of(partner), edge, protocol, Transport.TCP, single(port), xmpp ? null : "MTLS",
					route.getKind().getLiteral().toLowerCase(Locale.ROOT) + " partner to Edge (route " + name + ")",
					citation);
			connectorFlow(route, edge, List.of(partner), protocol, Transport.TCP, single(port), xmpp ? null : "MTLS",
					"Edge to " + route.getKind().getLiteral().toLowerCase(Locale.ROOT) + " partner (route " + name + ")",
					citation);
		}
	}
}
