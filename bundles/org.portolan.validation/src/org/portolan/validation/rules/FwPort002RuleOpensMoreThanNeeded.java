package org.portolan.validation.rules;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.PortSet;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallRule;
import org.portolan.model.PortSpecKind;
import org.portolan.model.RuleAction;
import org.portolan.model.Transport;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * FW-PORT-002: an enabled allow rule of a network firewall that no required flow uses, or that opens ports beyond
 * those the flows it allows need (e.g. an any-port rule), is reported on the rule.
 */
public final class FwPort002RuleOpensMoreThanNeeded extends AbstractRule {

	public FwPort002RuleOpensMoreThanNeeded() {
		super("FW-PORT-002", RuleCategory.FIREWALL, Severity.WARNING,
				"A firewall allow rule opens no more than the required flows need",
				"rules.md LYNC2013-EDGE-001 (003 L28: open only the ports needed for the features providing external access)");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		FirewallEvaluation eval = context.firewallEvaluation();
		for (Firewall fw : context.topology().getFirewalls()) {
			for (FirewallRule rule : fw.getRules()) {
				if (!rule.isEnabled() || rule.getAction() != RuleAction.ALLOW) {
					continue;
				}
				if (!eval.isUsed(rule)) {
					findings.add(info(), rule, "Allow rule " + q(rule) + " on firewall " + q(fw)
							+ " is not needed by any required flow" + cite(), fw);
					continue;
				}
				boolean portAgnostic = rule.getTransport() == Transport.ICMP
						|| rule.getTransport() == Transport.IP_PROTOCOL;
				if (portAgnostic) {
					continue;
				}
				PortSet opened = FirewallEvaluation.rulePorts(rule.getPorts());
				PortSet used = eval.portsAllowedBy(rule);
				PortSet excess = opened.minus(used);
				if (!excess.isEmpty()) {
					boolean anyPort = rule.getPorts() == null || rule.getPorts().getKind() == PortSpecKind.ANY;
					findings.add(info(), rule, "Allow rule " + q(rule) + " on firewall " + q(fw) + " opens "
							+ (anyPort ? "any port" : "port(s) " + opened) + " but the required flows it allows need only "
							+ used + cite(), fw);
				}
			}
		}
	}
}
