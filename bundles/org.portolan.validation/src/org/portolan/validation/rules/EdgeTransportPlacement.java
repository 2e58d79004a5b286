package org.portolan.validation.rules;

import org.portolan.analysis.RoleNames;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** Placement of Exchange Edge Transport servers. */
public final class EdgeTransportPlacement {

	private EdgeTransportPlacement() {
	}

	/**
	 * EXCH-EDGE-001 (own id): an Edge Transport server belongs in the perimeter without domain membership. The
	 * documents say it does not require domain membership (rules.md EXCH-FEAT-006, 000 L5487) and that Edge sync and
	 * mail use only 25/50636 across the perimeter (001 L31-49, L91-99); that it should not be joined is
	 * general knowledge.
	 */
	public static final class NotDomainJoined extends AbstractRule {
		public NotDomainJoined() {
			super("EXCH-EDGE-001", RuleCategory.CONFIGURATION, Severity.WARNING,
					"Edge Transport server is not a domain member",
					"000 L5487 (EXCH-FEAT-006: no domain membership required); not joining it is general knowledge");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : context.serversWith(RoleNames.EDGE_TRANSPORT, null)) {
				if (s.getDomain() != null) {
					findings.add(info(), s, "Edge Transport server " + q(s) + " is a member of domain "
							+ q(s.getDomain()) + "; the Edge Transport server sits in the perimeter network and needs no "
							+ "domain membership" + cite(), s.getDomain());
				}
			}
		}
	}

	/**
	 * EXCH-EDGE-002 (own id): the Edge Transport role is not combined with other Exchange roles on one server
	 * (rules.md EXCH2007-INSTALL-011, 000 L484-490: Microsoft guidance separates Edge from HUB/MBX/CAS).
	 */
	public static final class NotCollocated extends AbstractRule {
		public NotCollocated() {
			super("EXCH-EDGE-002", RuleCategory.CONFIGURATION, Severity.ERROR,
					"Edge Transport is not co-located with other Exchange roles",
					"000 L484-490 (EXCH2007-INSTALL-011: guidance separates Edge from HUB, MBX, CAS)");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : context.serversWith(RoleNames.EDGE_TRANSPORT, null)) {
				for (RoleInstance ri : s.getRoles()) {
					if (!RoleNames.is(ri, RoleNames.EDGE_TRANSPORT)
							&& Exch2007Install001ServicePackOnWs2008.isExchangeRole(ri)) {
						findings.add(info(), ri, "Server " + q(s) + " combines Edge Transport with " + q(ri)
								+ "; the Edge Transport role is installed on its own server" + cite(), s);
					}
				}
			}
		}
	}
}
