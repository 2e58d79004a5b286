package org.portolan.analysis;

import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.NetworkZone;

/**
 * One firewall a flow crosses: it enters through {@code ingress} (attached to {@code fromZone}) and leaves through
 * {@code egress} (attached to {@code toZone}).
 */
public record FirewallHop(Firewall firewall, NetworkZone fromZone, NetworkZone toZone, FirewallInterface ingress,
		FirewallInterface egress) {

	@Override
	public String toString() {
		return FlowText.name(firewall) + " (" + FlowText.name(fromZone) + " -> " + FlowText.name(toZone) + ")";
	}
}
