package org.portolan.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.portolan.model.AddressSpec;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.PortSpec;
import org.portolan.model.RuleAction;
import org.portolan.model.Transport;

/**
 * Evaluates the ordered rules of every firewall a required flow crosses. Rule semantics (docs/rules.md, FW-PORT-001):
 * <ul>
 * <li>disabled rules are ignored; rules are read top to bottom and the first rule that matches decides, port by port
 * (a rule that matches part of the flow's ports decides those ports; later rules decide the rest); ports no rule
 * decides get the firewall's default action;</li>
 * <li>a rule matches when its transport covers the flow's (ANY covers all, TCP_UDP covers TCP and UDP), one of its
 * sources matches the flow's source and one of its destinations the flow's destination (an empty list or ANY is any;
 * ELEMENT matches the interface, server, role instance, pool, VIP, load balancer, zone or external party of that end;
 * ADDRESS, CIDR and RANGE match the end's public or private IPv4 address);</li>
 * <li>a rule bound to an interface ({@code onInterface}) applies only in its direction: INBOUND when the flow enters
 * the firewall through that interface, OUTBOUND when it leaves through it, BOTH either; an unbound rule's direction
 * is given by its sources and destinations;</li>
 * <li>TCP_UDP flows are evaluated for TCP and for UDP separately; ICMP and IP-protocol flows ignore port lists; flows
 * whose ports the source does not state cannot be checked.</li>
 * </ul>
 */
public final class FirewallEvaluation {

	/** The outcome for one flow on one firewall hop and one transport. */
	public record Verdict(RequiredFlow flow, FirewallHop hop, Transport transport, PortSet allowed, PortSet blocked,
			FirewallRule blockingRule, boolean checkable) {

		public boolean isBlocked() {
			return checkable && !blocked.isEmpty();
		}
	}

	private final RequiredFlows flows;
	private final List<Verdict> verdicts = new ArrayList<>();
	private final Map<FirewallRule, PortSet> portsAllowedByRule = new IdentityHashMap<>();
	private final Map<FirewallRule, List<RequiredFlow>> flowsAllowedByRule = new IdentityHashMap<>();

	private FirewallEvaluation(RequiredFlows flows) {
		this.flows = flows;
	}

	public static FirewallEvaluation evaluate(RequiredFlows flows) {
		FirewallEvaluation e = new FirewallEvaluation(flows);
		for (RequiredFlow flow : flows) {
			for (FirewallHop hop : flow.path()) {
				if (flow.transport() == Transport.TCP_UDP) {
					e.evaluate(flow, hop, Transport.TCP);
					e.evaluate(flow, hop, Transport.UDP);
				} else {
					e.evaluate(flow, hop, flow.transport());
				}
			}
		}
		return e;
	}

	public RequiredFlows flows() {
		return flows;
	}

	public List<Verdict> verdicts() {
		return Collections.unmodifiableList(verdicts);
	}

	/** Verdicts with blocked ports, in flow order. */
	public List<Verdict> blocked() {
		return verdicts.stream().filter(Verdict::isBlocked).toList();
	}

	/** Ports of required flows that {@code rule} was the deciding allow rule for (empty if none). */
	public PortSet portsAllowedBy(FirewallRule rule) {
		return portsAllowedByRule.getOrDefault(rule, PortSet.EMPTY);
	}

	public List<RequiredFlow> flowsAllowedBy(FirewallRule rule) {
		return flowsAllowedByRule.getOrDefault(rule, List.of());
	}

	/** Whether {@code rule} decided (allowed) any required flow. */
	public boolean isUsed(FirewallRule rule) {
		return flowsAllowedByRule.containsKey(rule);
	}

	private void evaluate(RequiredFlow flow, FirewallHop hop, Transport transport) {
		boolean portAgnostic = transport == Transport.ICMP || transport == Transport.IP_PROTOCOL;
		if (flow.portless() && !portAgnostic) {
			verdicts.add(new Verdict(flow, hop, transport, PortSet.EMPTY, PortSet.EMPTY, null, false));
			return;
		}
		PortSet needed = portAgnostic ? PortSet.of(0) : flow.ports();
		PortSet remaining = needed;
		PortSet allowed = PortSet.EMPTY;
		PortSet blocked = PortSet.EMPTY;
		FirewallRule blockingRule = null;
		Firewall fw = hop.firewall();
		for (FirewallRule rule : fw.getRules()) {
			if (remaining.isEmpty()) {
				break;
			}
			if (!rule.isEnabled() || !matches(rule, flow, hop, transport)) {
				continue;
			}
			PortSet hit = portAgnostic ? remaining : remaining.intersect(rulePorts(rule.getPorts()));
			if (hit.isEmpty()) {
				continue;
			}
			if (rule.getAction() == RuleAction.ALLOW) {
				allowed = allowed.union(hit);
				if (!portAgnostic) {
					portsAllowedByRule.merge(rule, hit, PortSet::union);
				} else {
					portsAllowedByRule.putIfAbsent(rule, PortSet.EMPTY);
				}
				List<RequiredFlow> users = flowsAllowedByRule.computeIfAbsent(rule, r -> new ArrayList<>());
				if (users.isEmpty() || users.get(users.size() - 1) != flow) {
					users.add(flow);
				}
			} else {
				blocked = blocked.union(hit);
				if (blockingRule == null) {
					blockingRule = rule;
				}
			}
			remaining = remaining.minus(hit);
		}
		if (!remaining.isEmpty()) {
			if (fw.getDefaultAction() == RuleAction.ALLOW) {
				allowed = allowed.union(remaining);
			} else {
				blocked = blocked.union(remaining);
			}
		}
		verdicts.add(new Verdict(flow, hop, transport, allowed, blocked, blockingRule, true));
	}

	/** Ports a rule names: none given, ANY or NOT_APPLICABLE mean all ports. */
	public static PortSet rulePorts(PortSpec spec) {
		if (spec == null) {
			return PortSet.ALL;
		}
		return switch (spec.getKind()) {
		case ANY, NOT_APPLICABLE -> PortSet.ALL;
		default -> PortSet.of(spec, PortSet.DEFAULT_DYNAMIC);
		};
	}

	static boolean transportMatches(FirewallRule rule, Transport flow, int ipProtocol) {
		Transport r = rule.getTransport();
		if (r == Transport.ANY || r == Transport.UNSPECIFIED || r == flow) {
			return r != Transport.IP_PROTOCOL || rule.getIpProtocol() == ipProtocol;
		}
		if (r == Transport.TCP_UDP) {
			return flow == Transport.TCP || flow == Transport.UDP;
		}
		return flow == Transport.UNSPECIFIED && (r == Transport.TCP || r == Transport.UDP);
	}

	private static boolean matches(FirewallRule rule, RequiredFlow flow, FirewallHop hop, Transport transport) {
		if (!transportMatches(rule, transport, flow.ipProtocol())) {
			return false;
		}
		if (rule.getOnInterface() != null) {
			boolean in = rule.getOnInterface() == hop.ingress();
			boolean out = rule.getOnInterface() == hop.egress();
			boolean ok = switch (rule.getDirection()) {
			case INBOUND -> in;
			case OUTBOUND -> out;
			case BOTH -> in || out;
			};
			if (!ok) {
				return false;
			}
		}
		return anyMatches(rule.getSources(), flow.from()) && anyMatches(rule.getDestinations(), flow.to());
	}

	private static boolean anyMatches(List<AddressSpec> specs, FlowEndpoint end) {
		if (specs.isEmpty()) {
			return true;
		}
		for (AddressSpec spec : specs) {
			if (addressMatches(spec, end)) {
				return true;
			}
		}
		return false;
	}

	/** Whether an address specification of a rule denotes this end of a flow. */
	public static boolean addressMatches(AddressSpec spec, FlowEndpoint end) {
		switch (spec.getKind()) {
		case ANY:
			return true;
		case ELEMENT:
			return spec.getElement() != null && end.identities().contains(spec.getElement());
		case ADDRESS:
			return spec.getAddress() != null && (spec.getAddress().trim().equalsIgnoreCase(nz(end.address()))
					|| spec.getAddress().trim().equalsIgnoreCase(nz(end.privateAddress())));
		case CIDR:
			return Ipv4.cidrContains(spec.getAddress(), end.address(), end.isAnyExternal())
					|| Ipv4.cidrContains(spec.getAddress(), end.privateAddress(), end.isAnyExternal());
		case RANGE:
			return Ipv4.rangeContains(spec.getAddress(), end.address())
					|| Ipv4.rangeContains(spec.getAddress(), end.privateAddress());
		default:
			return false;
		}
	}

	private static String nz(String s) {
		return s == null ? "" : s.trim();
	}

	/** Firewall rules grouped by firewall, for reports. */
	public Map<Firewall, List<Verdict>> verdictsByFirewall() {
		Map<Firewall, List<Verdict>> result = new LinkedHashMap<>();
		for (Verdict v : verdicts) {
			result.computeIfAbsent(v.hop().firewall(), f -> new ArrayList<>()).add(v);
		}
		return result;
	}
}
