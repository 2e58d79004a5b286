package org.portolan.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Topology;

/**
 * Zones joined by firewalls: a firewall with interfaces in zones Z1 and Z2 joins them. Paths are the fewest
 * firewalls between two zones (breadth-first, ties broken by model order, so results are deterministic).
 */
final class ZoneGraph {

	private record Edge(Firewall firewall, FirewallInterface ingress, FirewallInterface egress) {
	}

	private final Map<NetworkZone, List<Edge>> adjacency = new IdentityHashMap<>();
	private final Map<NetworkZone, Map<NetworkZone, List<FirewallHop>>> cache = new IdentityHashMap<>();

	ZoneGraph(Topology topology) {
		for (Firewall fw : topology.getFirewalls()) {
			for (FirewallInterface in : fw.getInterfaces()) {
				for (FirewallInterface out : fw.getInterfaces()) {
					if (in != out && in.getZone() != null && out.getZone() != null && in.getZone() != out.getZone()) {
						adjacency.computeIfAbsent(in.getZone(), z -> new ArrayList<>()).add(new Edge(fw, in, out));
					}
				}
			}
		}
	}

	/** Hops from {@code from} to {@code to}; empty if same zone; {@code null} if no route. */
	List<FirewallHop> path(NetworkZone from, NetworkZone to) {
		if (from == null || to == null || from == to) {
			return List.of();
		}
		Map<NetworkZone, List<FirewallHop>> row = cache.computeIfAbsent(from, z -> new IdentityHashMap<>());
		if (row.containsKey(to)) {
			return row.get(to);
		}
		List<FirewallHop> result = search(from, to);
		row.put(to, result);
		return result;
	}

	/** Number of firewalls between two zones; {@link Integer#MAX_VALUE} if unreachable or unplaced. */
	int distance(NetworkZone from, NetworkZone to) {
		if (from == null || to == null) {
			return Integer.MAX_VALUE / 2;
		}
		List<FirewallHop> p = path(from, to);
		return p == null ? Integer.MAX_VALUE / 2 : p.size();
	}

	private List<FirewallHop> search(NetworkZone from, NetworkZone to) {
		Map<NetworkZone, Edge> reachedBy = new HashMap<>();
		Map<NetworkZone, NetworkZone> previous = new HashMap<>();
		Deque<NetworkZone> queue = new ArrayDeque<>();
		queue.add(from);
		reachedBy.put(from, null);
		while (!queue.isEmpty()) {
			NetworkZone z = queue.poll();
			if (z == to) {
				break;
			}
			for (Edge e : adjacency.getOrDefault(z, List.of())) {
				NetworkZone next = e.egress().getZone();
				if (!reachedBy.containsKey(next)) {
					reachedBy.put(next, e);
					previous.put(next, z);
					queue.add(next);
				}
			}
		}
		if (!reachedBy.containsKey(to)) {
			return null;
		}
		List<FirewallHop> hops = new ArrayList<>();
		for (NetworkZone z = to; z != from; z = previous.get(z)) {
			Edge e = reachedBy.get(z);
			hops.add(new FirewallHop(e.firewall(), previous.get(z), z, e.ingress(), e.egress()));
		}
		Collections.reverse(hops);
		return List.copyOf(hops);
	}
}
