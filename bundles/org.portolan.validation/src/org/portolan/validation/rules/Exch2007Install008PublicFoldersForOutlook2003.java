package org.portolan.validation.rules;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.portolan.analysis.RoleNames;
import org.portolan.model.ExchangeOrganization;
import org.portolan.model.ExternalParty;
import org.portolan.model.ExternalPartyKind;
import org.portolan.model.Organization;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2007-INSTALL-008: with Outlook 2003 (or earlier) clients, an Exchange 2007 organization keeps public folders
 * (offline address book and free/busy for those clients). Clients are ExternalParty elements of kind CLIENT or
 * REMOTE_USER whose product names Outlook and whose productVersion is a year up to 2003.
 */
public final class Exch2007Install008PublicFoldersForOutlook2003 extends AbstractRule {

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

	public Exch2007Install008PublicFoldersForOutlook2003() {
		super("EXCH2007-INSTALL-008", RuleCategory.CONFIGURATION, Severity.WARNING,
				"Outlook 2003 clients require public folders in Exchange 2007", "000 L445-449");
	}

	private static boolean isOldOutlook(ExternalParty e) {
		if (e.getKind() != ExternalPartyKind.CLIENT && e.getKind() != ExternalPartyKind.REMOTE_USER) {
			return false;
		}
		String product = (e.getProduct() == null ? "" : e.getProduct()).toLowerCase(Locale.ROOT);
		if (!product.contains("outlook")) {
			return false;
		}
		Matcher m = YEAR.matcher((e.getProductVersion() == null ? "" : e.getProductVersion()) + " " + product);
		return m.find() && Integer.parseInt(m.group()) <= 2003;
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		boolean exchange2007 = context.topology().getServers().stream()
				.anyMatch(s -> s.getRoles().stream().anyMatch(r -> RoleNames.isVersion(r, "2007")
						&& RoleNames.productText(r).contains("exchange")));
		if (!exchange2007) {
			return;
		}
		ExternalParty oldClient = context.topology().getExternalParties().stream()
				.filter(Exch2007Install008PublicFoldersForOutlook2003::isOldOutlook).findFirst().orElse(null);
		if (oldClient == null) {
			return;
		}
		for (Organization org : context.topology().getOrganizations()) {
			if (org instanceof ExchangeOrganization ex && !ex.isPublicFoldersEnabled()) {
				findings.add(info(), ex, "Exchange organization " + q(ex) + " has no public folders but client "
						+ q(oldClient) + " runs Outlook " + oldClient.getProductVersion()
						+ "; Outlook 2003 clients need public folders (answer 'Yes' in setup)" + cite(), oldClient);
			}
		}
	}
}
