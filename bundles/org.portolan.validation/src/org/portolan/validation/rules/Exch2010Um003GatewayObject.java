package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Connector;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-UM-003: the UM IP gateway of an Exchange 2010 Unified Messaging trunk carries the gateway's address and is
 * linked to at least one dial plan (otherwise authentication fails and UM refuses the gateway's connections). The
 * model approximates the UM IP gateway object by the SipTrunk (gatewayAddress, dialPlans; docs/metamodel.md).
 */
public final class Exch2010Um003GatewayObject extends AbstractRule {

	public Exch2010Um003GatewayObject() {
		super("EXCH2010-UM-003", RuleCategory.CONFIGURATION, Severity.ERROR,
				"UM IP gateway carries the real gateway address and is linked to a dial plan", "001 L701");
	}

	static boolean isUm2010(Object end) {
		if (end instanceof RoleInstance ri) {
			return RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING) && RoleNames.isVersion(ri, "2010");
		}
		return end instanceof Server s && ValidationContext.has(s, RoleNames.UNIFIED_MESSAGING, "2010");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (!(c instanceof SipTrunk t) || !isUm2010(t.getMediation())) {
				continue;
			}
			boolean noAddress = t.getGatewayAddress() == null || t.getGatewayAddress().isBlank();
			if (noAddress || t.getDialPlans().isEmpty()) {
				findings.add(info(), t, "UM IP gateway " + q(t) + " of Unified Messaging " + q(t.getMediation())
						+ (noAddress ? " has no gateway address" : "") + (noAddress && t.getDialPlans().isEmpty() ? " and" : "")
						+ (t.getDialPlans().isEmpty() ? " is linked to no dial plan" : "")
						+ "; UM does not accept the gateway's connections" + cite(), t.getGateway());
			}
		}
	}
}
