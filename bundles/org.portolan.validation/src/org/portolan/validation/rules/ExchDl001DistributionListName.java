package org.portolan.validation.rules;

import org.portolan.model.Domain;
import org.portolan.model.DomainGroup;
import org.portolan.model.Forest;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH-DL-001: do not use '@' in group (distribution list) names; a warning, an error when the group is used in
 * ACLs.
 */
public final class ExchDl001DistributionListName extends AbstractRule {

	public ExchDl001DistributionListName() {
		super("EXCH-DL-001", RuleCategory.DIRECTORY, Severity.WARNING,
				"Do not use '@' in distribution list names", "000 L5909-5951");
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Forest forest : context.topology().getForests()) {
			for (Domain d : forest.getDomains()) {
				for (DomainGroup g : d.getGroups()) {
					String shown = g.getDisplayName() != null ? g.getDisplayName() : g.getName();
					boolean at = contains(g.getDisplayName()) || contains(g.getName()) || contains(g.getAlias());
					if (at) {
						findings.add(info(), g.isUsedInAcl() ? Severity.ERROR : Severity.WARNING, g, "Group " + q(g)
								+ " ('" + shown + "') contains '@', the SMTP address separator"
								+ (g.isUsedInAcl() ? ", and is used in ACLs" : "") + cite(), d);
					}
				}
			}
		}
	}

	private static boolean contains(String s) {
		return s != null && s.contains("@");
	}
}
