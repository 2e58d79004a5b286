package org.portolan.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.portolan.model.Addressable;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.RoleInstance;
import org.portolan.model.ZoneKind;

/**
 * One end of a required flow.
 *
 * @param party            the modeled participant: a Server, Pool (when addressed through its VIP), ExternalParty
 *                         or other Addressable; {@code null} for "any external host"
 * @param addressedElement what the traffic is addressed to: the server's NetworkInterface, the pool's VirtualIp, the
 *                         external party, ...; {@code null} for "any external host"
 * @param roleInstance     the role instance that takes part, when the flow comes from a role
 * @param address          the address the flow uses at this end: the NAT public address when the peer is outside
 *                         (external zone) and one is modeled, otherwise the private address; {@code null} if unknown
 * @param privateAddress   the address configured on the element itself
 * @param zone             the zone this end sits in ({@code null} if unplaced)
 * @param translated       true when {@code address} is a NAT public address
 * @param identities       every model element a firewall rule may name to mean this end (interface, server, its
 *                         pools, role instance, VIP, load balancer, zone, external party)
 */
public record FlowEndpoint(Addressable party, Addressable addressedElement, RoleInstance roleInstance,
		String address, String privateAddress, NetworkZone zone, boolean translated, Set<EObject> identities) {

	public FlowEndpoint {
		identities = Collections.unmodifiableSet(new LinkedHashSet<>(identities));
	}

	/** True for the synthetic "any external host" endpoint (paths to {@code Any} with no modeled party). */
	public boolean isAnyExternal() {
		return party == null;
	}

	/**
	 * True for the synthetic "any internal host" endpoint: "Any" on a path of the internal interface side, placed in
	 * an internal (not EXTERNAL) zone (003 L204-239). {@link #isAnyExternal()} is true for it as well (no modeled
	 * party, no address).
	 */
	public boolean isAnyInternal() {
		return party == null && zone != null && zone.getKind() != ZoneKind.EXTERNAL;
	}

	/** "any external host" or "any internal host" for the synthetic ends, else the party's name. */
	public String name() {
		return isAnyInternal() ? "any internal host" : FlowText.name(party);
	}

	public NetworkInterface networkInterface() {
		return addressedElement instanceof NetworkInterface nic ? nic : null;
	}

	/** "edge1 (203.0.113.10)". */
	public String label() {
		String base = name();
		if (addressedElement != null && addressedElement != party && !(addressedElement instanceof NetworkInterface)) {
			base = base + " via " + FlowText.name(addressedElement);
		}
		return address == null ? base : base + " (" + address + ")";
	}

	@Override
	public String toString() {
		return label();
	}
}
