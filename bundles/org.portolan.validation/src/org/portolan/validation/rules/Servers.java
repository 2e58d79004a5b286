package org.portolan.validation.rules;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.portolan.analysis.FlowEndpoint;
import org.portolan.model.Addressable;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;

/** The servers an element stands for (scopes of IPsec policies, served-by lists, flow ends). */
final class Servers {

	private Servers() {
	}

	/** The server of an element: itself, the server containing a role instance or interface; else null. */
	static Server of(EObject element) {
		if (element instanceof Server s) {
			return s;
		}
		if ((element instanceof RoleInstance || element instanceof NetworkInterface) && element.eContainer() instanceof Server s) {
			return s;
		}
		return null;
	}

	/** The server at a flow end (its party, role instance or interface), or null (pool VIP, external party). */
	static Server of(FlowEndpoint end) {
		Server s = of(end.party());
		if (s == null && end.roleInstance() != null) {
			s = of(end.roleInstance());
		}
		return s != null ? s : of(end.addressedElement());
	}

	/** Servers an element covers: a server, a pool's members, a role instance's or interface's server, a zone's servers. */
	static Set<Server> covered(Addressable element) {
		Set<Server> result = new LinkedHashSet<>();
		if (element instanceof Pool p) {
			result.addAll(p.getMembers());
		} else if (element instanceof NetworkZone zone && zone.eContainer() instanceof org.portolan.model.Topology t) {
			for (Server s : t.getServers()) {
				if (s.getInterfaces().stream().anyMatch(n -> n.getZone() == zone)) {
					result.add(s);
				}
			}
		} else {
			Server s = of(element);
			if (s != null) {
				result.add(s);
			}
		}
		return result;
	}

	/** Whether an element stands for the server (the server, one of its roles or interfaces, a pool it is in). */
	static boolean denotes(Addressable element, Server server) {
		return covered(element).contains(server);
	}
}
