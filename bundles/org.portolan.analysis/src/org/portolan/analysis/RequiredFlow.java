package org.portolan.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.portolan.model.Firewall;
import org.portolan.model.PortSpec;
import org.portolan.model.SourceReference;
import org.portolan.model.Transport;

/**
 * One required flow: {@code from} must be able to open {@code transport}/{@code ports} to {@code to}. Immutable.
 * Flows are directed (initiator to listener); replies are assumed to pass stateful firewalls.
 *
 * @param kind         catalog data path or explicit connector
 * @param origin       the model element that implies the flow: a {@code DataPathDefinition} or a {@code Connector}
 * @param from         initiating end
 * @param to           listening end
 * @param appProtocol  application protocol (SIP, SMTP, LDAPS ...)
 * @param transport    TCP, UDP, TCP_UDP, ICMP, IP_PROTOCOL ...
 * @param ipProtocol   IP protocol number when {@code transport} is IP_PROTOCOL
 * @param portSpec     the port specification as modeled (may be {@code null} for "not stated")
 * @param ports        the destination ports as numbers (dynamic RPC resolved with the destination server's
 *                     restricted range); empty when {@link #portless()}
 * @param portless     true when the flow has no port numbers to filter on (IP protocol, ICMP, value not stated)
 * @param security     security as stated (TLS, MTLS ...), may be {@code null}
 * @param purpose      what the flow is for, for messages and reports
 * @param conditions   the catalog conditions that made the flow apply (all hold)
 * @param source       the catalog source citation (may be {@code null} for connectors)
 * @param citation     human-readable citation of the requirement
 * @param path         the firewalls crossed in order; empty when both ends share a zone or no route is modeled
 * @param routed       false when both ends are placed in zones but no chain of firewalls joins the zones
 */
public record RequiredFlow(FlowKind kind, EObject origin, FlowEndpoint from, FlowEndpoint to, String appProtocol,
		Transport transport, int ipProtocol, PortSpec portSpec, PortSet ports, boolean portless, String security,
		String purpose, List<String> conditions, SourceReference source, String citation, List<FirewallHop> path,
		boolean routed) {

	public RequiredFlow {
		conditions = List.copyOf(conditions);
		path = List.copyOf(path);
	}

	/** The firewalls crossed, in order. */
	public List<Firewall> firewalls() {
		List<Firewall> result = new ArrayList<>(path.size());
		for (FirewallHop hop : path) {
			result.add(hop.firewall());
		}
		return result;
	}

	public boolean crosses(Firewall firewall) {
		for (FirewallHop hop : path) {
			if (hop.firewall() == firewall) {
				return true;
			}
		}
		return false;
	}

	/** "SIP TCP 5061". */
	public String trafficLabel() {
		StringBuilder sb = new StringBuilder();
		if (appProtocol != null && !appProtocol.isBlank()) {
			sb.append(appProtocol).append(' ');
		}
		sb.append(transport == Transport.IP_PROTOCOL ? "IP protocol " + ipProtocol : transport.getLiteral());
		if (!portless) {
			sb.append(' ').append(ports);
		}
		return sb.toString();
	}

	@Override
	public String toString() {
		return from.label() + " -> " + to.label() + " " + trafficLabel() + (path.isEmpty() ? "" : " via " + path)
				+ " [" + citation + "]";
	}
}
