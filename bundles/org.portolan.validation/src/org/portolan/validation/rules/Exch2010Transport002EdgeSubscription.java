package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Connector;
import org.portolan.model.EdgeSubscription;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-TRANSPORT-002: each Exchange 2010 Edge Transport server needs an Edge Subscription (mutual TLS by direct
 * trust: the subscription publishes the Edge certificate to AD). The 25/50636 flows of the subscription are checked
 * by FW-PORT-001.
 */
public final class Exch2010Transport002EdgeSubscription extends AbstractRule {

	public Exch2010Transport002EdgeSubscription() {
		super("EXCH2010-TRANSPORT-002", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Edge to Hub mutual TLS with direct trust requires an Edge Subscription", "001 L143");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.serversWith(RoleNames.EDGE_TRANSPORT, "2010")) {
			boolean subscribed = false;
			for (Connector c : context.topology().getConnectors()) {
				subscribed |= c instanceof EdgeSubscription sub && sub.getEdgeServer() == s;
			}
			if (!subscribed) {
				findings.add(info(), s, "Edge Transport server " + q(s)
						+ " has no Edge Subscription; Edge-Hub mutual TLS is validated by direct trust through the "
						+ "certificate the subscription publishes to Active Directory" + cite());
			}
		}
	}
}
