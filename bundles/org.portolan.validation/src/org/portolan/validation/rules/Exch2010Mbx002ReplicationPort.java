package org.portolan.validation.rules;

import org.portolan.analysis.FirewallEvaluation;
import org.portolan.analysis.RoleNames;
import org.portolan.model.ConfigSetting;
import org.portolan.model.FirewallRule;
import org.portolan.model.RoleInstance;
import org.portolan.model.RuleAction;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-MBX-002: when a Mailbox server's DAG replication (log shipping/seeding) port is changed from 64327
 * (ConfigSetting DagReplicationPort on the server or its Mailbox role), the Setup-created Windows Firewall rule
 * (64327) does not cover it: the server's host firewall needs an enabled allow rule for the custom port.
 */
public final class Exch2010Mbx002ReplicationPort extends AbstractRule {

	public Exch2010Mbx002ReplicationPort() {
		super("EXCH2010-MBX-002", RuleCategory.FIREWALL, Severity.WARNING,
				"A custom DAG replication port replaces 64327 in the firewall rules", "001 L247-265, L379, L963-969");
	}

	private static Integer replicationPort(Server s) {
		for (ConfigSetting c : s.getSettings()) {
			Integer p = parse(c);
			if (p != null) {
				return p;
			}
		}
		for (RoleInstance ri : s.getRoles()) {
			for (ConfigSetting c : ri.getSettings()) {
				Integer p = parse(c);
				if (p != null) {
					return p;
				}
			}
		}
		return null;
	}

	private static Integer parse(ConfigSetting c) {
		if (!RoleNames.normalize(c.getName()).equals("dagreplicationport") || c.getValue() == null) {
			return null;
		}
		try {
			return Integer.valueOf(c.getValue().trim());
		} catch (NumberFormatException e) {
			return null;
		}
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Server s : context.serversWith(RoleNames.MAILBOX, "2010")) {
			Integer port = replicationPort(s);
			if (port == null || port == 64327) {
				continue;
			}
			boolean allowed = false;
			for (FirewallRule r : s.getHostFirewallRules()) {
				allowed |= r.isEnabled() && r.getAction() == RuleAction.ALLOW
						&& FirewallEvaluation.rulePorts(r.getPorts()).contains(port);
			}
			if (!allowed) {
				findings.add(info(), s, "Mailbox server " + q(s) + " replicates on custom port " + port
						+ ", which the Setup-created rule 'MSExchangerepl - Log Copier (TCP-In)' (64327) does not open; "
						+ "add a host firewall rule for " + port + cite());
			}
		}
	}
}
