package org.portolan.validation.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.portolan.analysis.RoleNames;
import org.portolan.model.Connector;
import org.portolan.model.ExchangeOrganization;
import org.portolan.model.SendConnector;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-TRANSPORT-002: without an Edge Transport server, Internet mail needs a send connector on the Hub with
 * address space {@code *}, routed by DNS MX or through a smart host. Reported on the Exchange organization (or the
 * first Hub Transport server when no organization is modeled).
 */
public final class Exch2007Transport002InternetSendConnector extends AbstractRule {

	public Exch2007Transport002InternetSendConnector() {
		super("EXCH2007-TRANSPORT-002", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Without Edge, an Internet send connector on the Hub with address space *", "000 L68-74, L78-98");
	}

	/** Exchange 2007 Hub Transport servers when the topology has no Edge Transport server, else empty. */
	static List<Server> hubsWithoutEdge(ValidationContext context) {
		if (!context.serversWith(RoleNames.EDGE_TRANSPORT, null).isEmpty()) {
			return List.of();
		}
		return context.serversWith(RoleNames.HUB_TRANSPORT, "2007");
	}

	static EObject organizationOr(ValidationContext context, Server fallback) {
		return context.topology().getOrganizations().stream().filter(o -> o instanceof ExchangeOrganization)
				.map(o -> (EObject) o).findFirst().orElse(fallback);
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> hubs = hubsWithoutEdge(context);
		if (hubs.isEmpty()) {
			return;
		}
		for (Connector c : context.topology().getConnectors()) {
			if (c instanceof SendConnector sc && sc.getAddressSpaces().stream().anyMatch(a -> a.trim().equals("*"))
					&& (sc.isDnsRouting() || !sc.getSmartHosts().isEmpty()) && !sc.getSourceServers().isEmpty()
					&& hubs.containsAll(sc.getSourceServers())) {
				return;
			}
		}
		findings.add(info(), organizationOr(context, hubs.get(0)), "Exchange 2007 without an Edge Transport server: no "
				+ "send connector with address space '*' on Hub Transport server(s) "
				+ hubs.stream().map(AbstractRule::q).toList() + ", so mail does not flow to the Internet" + cite(),
				hubs.get(0));
	}
}
