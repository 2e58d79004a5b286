package org.portolan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.portolan.model.Firewall;
import org.portolan.model.Topology;

/** The required flows of one topology, in a deterministic order (model order of connectors, catalog rows, servers). */
public final class RequiredFlows implements Iterable<RequiredFlow> {

	private final Topology topology;
	private final List<RequiredFlow> flows;
	private Map<Firewall, List<RequiredFlow>> byFirewall;

	private final ZoneGraph zones;

	RequiredFlows(Topology topology, List<RequiredFlow> flows, ZoneGraph zones) {
		this.topology = topology;
		this.zones = zones;
		this.flows = Collections.unmodifiableList(new ArrayList<>(flows));
	}

	public Topology topology() {
		return topology;
	}

	public List<RequiredFlow> all() {
		return flows;
	}

	public int size() {
		return flows.size();
	}

	@Override
	public Iterator<RequiredFlow> iterator() {
		return flows.iterator();
	}

	/** Flows whose path crosses {@code firewall}, in order. */
	public synchronized List<RequiredFlow> crossing(Firewall firewall) {
		if (byFirewall == null) {
			Map<Firewall, List<RequiredFlow>> index = new IdentityHashMap<>();
			for (RequiredFlow f : flows) {
				for (FirewallHop hop : f.path()) {
					List<RequiredFlow> list = index.computeIfAbsent(hop.firewall(), k -> new ArrayList<>());
					if (list.isEmpty() || list.get(list.size() - 1) != f) {
						list.add(f);
					}
				}
			}
			byFirewall = index;
		}
		return byFirewall.getOrDefault(firewall, List.of());
	}

	/**
	 * Firewalls between two zones (fewest hops, same rule as for flows): empty if same zone or either is
	 * {@code null}; {@code null} if no chain of firewalls joins them.
	 */
	public List<FirewallHop> zonePath(org.portolan.model.NetworkZone from, org.portolan.model.NetworkZone to) {
		return zones.path(from, to);
	}

	/** Flows where {@code element} is the party or the addressed element at either end. */
	public List<RequiredFlow> involving(EObject element) {
		List<RequiredFlow> result = new ArrayList<>();
		for (RequiredFlow f : flows) {
			if (f.from().party() == element || f.to().party() == element || f.from().addressedElement() == element
					|| f.to().addressedElement() == element) {
				result.add(f);
			}
		}
		return result;
	}
}
