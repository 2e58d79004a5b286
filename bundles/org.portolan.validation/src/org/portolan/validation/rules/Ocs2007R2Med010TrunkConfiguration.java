package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Addressable;
import org.portolan.model.Pool;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * OCS2007R2-MED-010: an OCS 2007 R2 Mediation Server trunk specifies the gateway address and port and the internal
 * next hop, which is a Director, Standard Edition server or Enterprise Edition Front End (a server, role instance or
 * pool with a Front End or Director role). One finding per trunk listing what is missing or wrong.
 */
public final class Ocs2007R2Med010TrunkConfiguration extends AbstractRule {

	public Ocs2007R2Med010TrunkConfiguration() {
		super("OCS2007R2-MED-010", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Mediation Server configuration items are specified (gateway address/port, internal next hop)",
				"000 L222-237, L298-302, L324");
	}

	private static boolean isFrontEndOrDirector(Addressable a) {
		if (a instanceof RoleInstance ri) {
			return RoleNames.is(ri, RoleNames.FRONT_END) || RoleNames.is(ri, RoleNames.DIRECTOR);
		}
		if (a instanceof Server s) {
			return ValidationContext.has(s, RoleNames.FRONT_END) || ValidationContext.has(s, RoleNames.DIRECTOR);
		}
		if (a instanceof Pool p) {
			for (RoleDefinition r : p.getRoles()) {
				if (RoleNames.is(r, RoleNames.FRONT_END) || RoleNames.is(r, RoleNames.DIRECTOR)) {
					return true;
				}
			}
			return p.getMembers().stream().anyMatch(Ocs2007R2Med010TrunkConfiguration::isFrontEndOrDirector);
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : MediationServerRules.mediationServers(context)) {
			for (SipTrunk t : MediationServerRules.trunksOf(context, s)) {
				StringBuilder problems = new StringBuilder();
				if (t.getGatewayAddress() == null || t.getGatewayAddress().isBlank()) {
					problems.append("no gateway address; ");
				}
				if (t.getGatewayPort() <= 0) {
					problems.append("no gateway port; ");
				}
				if (t.getNextHop() == null) {
					problems.append("no internal next hop; ");
				} else if (!isFrontEndOrDirector(t.getNextHop())) {
					problems.append("next hop " + q(t.getNextHop()) + " is not a Director or Front End; ");
				}
				if (problems.length() > 0) {
					findings.add(info(), t, "Trunk " + q(t) + " of Mediation Server " + q(s) + ": "
							+ problems.substring(0, problems.length() - 2) + cite(), s);
				}
			}
		}
	}
}
