package org.portolan.validation.rules;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.RequiredFlow;
import org.portolan.model.Transport;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * FW-PORT-001: every required flow that crosses a firewall is allowed by that firewall's rules in its direction
 * (ordered rules, first match decides, deny rules count, default action last). One finding per flow, firewall and
 * transport, on the firewall (related: the deciding deny rule, the two ends, the requirement's origin).
 */
public final class FwPort001RequiredFlowAllowed extends AbstractRule {

	public FwPort001RequiredFlowAllowed() {
		super("FW-PORT-001", RuleCategory.FIREWALL, Severity.ERROR,
				"Every required flow crossing a firewall is allowed by that firewall's rules in the right direction",
				"the catalog data path or connector cited per flow; rules.md SFB2015-NET-001 (004 L31, L50), "
						+ "WIN-NET-002 (000 L1263), LYNC2013-EDGE-002 (003 L30)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (FirewallEvaluation.Verdict v : context.firewallEvaluation().blocked()) {
			RequiredFlow f = v.flow();
			String transport = v.transport() == Transport.IP_PROTOCOL ? "IP protocol " + f.ipProtocol()
					: v.transport().getLiteral();
			String ports = v.transport() == Transport.ICMP || v.transport() == Transport.IP_PROTOCOL ? ""
					: " port(s) " + v.blocked();
			String decidedBy = v.blockingRule() != null ? "denied by rule " + q(v.blockingRule())
					: "no rule allows it (default action " + v.hop().firewall().getDefaultAction().getLiteral() + ")";
			findings.add(info(), v.hop().firewall(),
					"Firewall " + q(v.hop().firewall()) + " blocks required flow " + f.from().label() + " -> "
							+ f.to().label() + ": " + (f.appProtocol() == null ? "" : f.appProtocol() + " ")
							+ transport + ports + " (zone " + q(v.hop().fromZone()) + " to " + q(v.hop().toZone())
							+ "); " + decidedBy + ". Needed for " + f.purpose() + " (source: " + f.citation() + ")",
					v.blockingRule(), f.from().party(), f.to().party(), f.origin());
		}
	}
}
