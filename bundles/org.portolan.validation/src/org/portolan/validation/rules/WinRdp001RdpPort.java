package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RequiredFlow;
import org.portolan.analysis.RoleNames;
import org.portolan.model.FirewallRule;
import org.portolan.model.RoleInstance;
import org.portolan.model.RuleAction;
import org.portolan.model.Server;
import org.portolan.model.Transport;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * WIN-RDP-001: the source recommends moving Remote Desktop off its default port 3389. A hardening recommendation, not
 * a defect, so its severity is <b>info</b> (rules.md says warning; a warning on every server with the default port
 * would bury the real findings — a user who wants it raises it in the validation settings). Reported only for
 * servers whose RDP listener is part of the design: a Terminal Services / Remote Desktop role, a required RDP flow to
 * the server, or an enabled host firewall rule opening TCP 3389 — and whose {@code rdpPort} is still 3389.
 */
public final class WinRdp001RdpPort extends AbstractRule {

	static final int DEFAULT_RDP_PORT = 3389;

	public WinRdp001RdpPort() {
		super("WIN-RDP-001", RuleCategory.CONFIGURATION, Severity.INFO,
				"Change the RDP port from 3389 (recommendation)", "000 L1229-1241");
	}

	private static boolean rdpRole(Server s) {
		for (RoleInstance ri : s.getRoles()) {
			String n = ri.getRole() == null ? "" : RoleNames.normalize(ri.getRole().getName());
			if (n.equals("terminalservices") || n.startsWith("remotedesktop") || n.equals("rdsessionhost")) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		List<Server> candidates = new ArrayList<>();
		for (Server s : context.topology().getServers()) {
			if (s.getRdpPort() == DEFAULT_RDP_PORT) {
				candidates.add(s);
			}
		}
		if (candidates.isEmpty()) {
			return;
		}
		for (Server s : candidates) {
			String why = null;
			if (rdpRole(s)) {
				why = "it runs Remote Desktop (Terminal Services)";
			}
			if (why == null) {
				for (RequiredFlow f : context.flows().all()) {
					// the port named as such (not inside a dynamic or RPC range such as 1024-65534)
					boolean named = f.portSpec() != null && f.portSpec().getPorts().contains(DEFAULT_RDP_PORT);
					if (Servers.of(f.to()) == s && !f.portless() && named
							&& (f.transport() == Transport.TCP || f.transport() == Transport.TCP_UDP)) {
						why = "a required flow reaches it on RDP: " + f.from().label() + " -> " + f.to().label();
						break;
					}
				}
			}
			if (why == null) {
				for (FirewallRule r : s.getHostFirewallRules()) {
					if (r.isEnabled() && r.getAction() == RuleAction.ALLOW && r.getTransport() != Transport.UDP
							&& r.getPorts() != null && r.getPorts().getPorts().contains(DEFAULT_RDP_PORT)) {
						why = "its host firewall rule " + q(r) + " opens TCP 3389";
						break;
					}
				}
			}
			if (why != null) {
				findings.add(info(), s, "Server " + q(s) + " listens for Remote Desktop on the default port 3389 (" + why
						+ "); the source recommends another port (registry RDP-Tcp\\PortNumber, clients connect to <IP>:<port>)"
						+ cite());
			}
		}
	}
}
