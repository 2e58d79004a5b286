package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.model.InterfaceSide;
import org.portolan.model.NetworkInterface;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * OCS2007R2-MED-009: an OCS 2007 R2 Mediation Server with two network interfaces listens on two addresses: the
 * Communications Server listening address on its internal (OCS-facing) interface and the gateway listening address on
 * its external (gateway-facing) interface. Read from the interfaces the Mediation role instance listens on (all the
 * server's interfaces when it names none) and their {@code side}: one must be INTERNAL and another EXTERNAL. A server
 * with one interface is left to OCS2007R2-MED-008 (two adapters).
 */
public final class Ocs2007R2Med009ListeningAddresses extends AbstractRule {

	public Ocs2007R2Med009ListeningAddresses() {
		super("OCS2007R2-MED-009", RuleCategory.CONFIGURATION, Severity.ERROR,
				"Listening IP addresses: internal = OCS-facing, external = gateway-facing", "000 L232");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : MediationServerRules.mediationServers(context)) {
			if (s.getInterfaces().size() < 2) {
				continue;
			}
			for (RoleInstance ri : s.getRoles()) {
				if (!MediationServerRules.isOcsMediation(ri)) {
					continue;
				}
				List<NetworkInterface> listening = ri.getInterfaces().isEmpty() ? s.getInterfaces() : ri.getInterfaces();
				boolean internal = listening.stream().anyMatch(n -> n.getSide() == InterfaceSide.INTERNAL);
				boolean external = listening.stream().anyMatch(n -> n.getSide() == InterfaceSide.EXTERNAL);
				List<String> missing = new ArrayList<>();
				if (!internal) {
					missing.add("an internal (OCS-facing, side internal) listening address");
				}
				if (!external) {
					missing.add("a gateway-facing (side external) listening address");
				}
				if (!missing.isEmpty()) {
					List<String> names = new ArrayList<>();
					for (NetworkInterface n : listening) {
						names.add(q(n) + " side " + n.getSide().getName().toLowerCase(java.util.Locale.ROOT));
					}
					findings.add(info(), ri, "Mediation Server " + q(s) + " (role " + q(ri) + ") lacks "
							+ String.join(" and ", missing) + " among the interfaces it listens on: "
							+ String.join(", ", names) + cite(), s);
				}
			}
		}
	}
}
