package org.portolan.validation.rules;

import java.util.List;

import org.portolan.model.Connector;
import org.portolan.model.PermissionGroup;
import org.portolan.model.ReceiveConnector;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-TRANSPORT-003: without an Edge Transport server, a Hub receive connector on port 25 must allow anonymous
 * users (the source names the Default receive connector) for inbound Internet mail.
 */
public final class Exch2007Transport003AnonymousReceive extends AbstractRule {

	public Exch2007Transport003AnonymousReceive() {
		super("EXCH2007-TRANSPORT-003", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Without Edge, a Hub receive connector on port 25 allows anonymous users", "000 L102-104, L504-508");
	}

	private static boolean bindsPort25(ReceiveConnector rc) {
		if (rc.getBindings().isEmpty()) {
			return true; // Default receive connector binds all addresses on 25
		}
		return rc.getBindings().stream().anyMatch(b -> b.trim().endsWith(":25") || b.trim().equals("25"));
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> hubs = Exch2007Transport002InternetSendConnector.hubsWithoutEdge(context);
		if (hubs.isEmpty()) {
			return;
		}
		for (Connector c : context.topology().getConnectors()) {
			if (c instanceof ReceiveConnector rc && hubs.contains(rc.getServer())
					&& rc.getPermissionGroups().contains(PermissionGroup.ANONYMOUS_USERS) && bindsPort25(rc)) {
				return;
			}
		}
		findings.add(info(), Exch2007Transport002InternetSendConnector.organizationOr(context, hubs.get(0)),
				"Exchange 2007 without an Edge Transport server: no receive connector on port 25 of Hub Transport "
						+ "server(s) " + hubs.stream().map(AbstractRule::q).toList()
						+ " allows anonymous users, so Internet mail is not received" + cite(),
				hubs.get(0));
	}
}
