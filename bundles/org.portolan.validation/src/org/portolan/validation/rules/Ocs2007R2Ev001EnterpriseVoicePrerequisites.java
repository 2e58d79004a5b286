package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Domain;
import org.portolan.model.DomainUser;
import org.portolan.model.Forest;
import org.portolan.model.IssuerKind;
import org.portolan.model.NetworkZone;
import org.portolan.model.Organization;
import org.portolan.model.Pool;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.ZoneKind;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * OCS2007R2-EV-001: before Enterprise Voice (an OCS 2007 R2 Mediation Server, or the {@code enterpriseVoice} feature
 * on an OCS 2007 R2 role, pool or deployment) the deployment has an OCS 2007 R2 Standard Edition server or Enterprise
 * Edition Front End, a PKI (a certification authority or CA-issued certificates), Exchange 2007 SP1 or later for any Exchange Unified Messaging
 * it integrates, and — when the topology models users — at least one user enabled for OCS (SIP address). The Edge
 * roles and the reverse proxy in the perimeter are required when the topology models a perimeter zone (a topology
 * without one is an internal-only design whose perimeter is out of scope). Office Communicator deployment is a
 * client inventory the model approximates and is not checked. One finding listing what is missing, on the topology.
 */
public final class Ocs2007R2Ev001EnterpriseVoicePrerequisites extends AbstractRule {

	public Ocs2007R2Ev001EnterpriseVoicePrerequisites() {
		super("OCS2007R2-EV-001", RuleCategory.CONFIGURATION, Severity.ERROR, "Enterprise Voice prerequisites",
				"000 L618-636");
	}

	static boolean isOcs2007R2(RoleInstance ri) {
		String text = RoleNames.productText(ri);
		return RoleNames.isVersion(ri, "2007") && (text.contains("ocs") || text.contains("office communications")
				|| text.contains("communications server"));
	}

	private static boolean enterpriseVoice(String feature) {
		return RoleNames.normalize(feature).equals("enterprisevoice");
	}

	private static boolean voiceInUse(ValidationContext context) {
		for (Server s : context.topology().getServers()) {
			for (RoleInstance ri : s.getRoles()) {
				if (isOcs2007R2(ri) && (RoleNames.is(ri, RoleNames.MEDIATION) || ri.getFeatures().stream().anyMatch(
						Ocs2007R2Ev001EnterpriseVoicePrerequisites::enterpriseVoice))) {
					return true;
				}
			}
		}
		for (Pool p : context.topology().getPools()) {
			if (p.getFeatures().stream().anyMatch(Ocs2007R2Ev001EnterpriseVoicePrerequisites::enterpriseVoice)
					&& p.getMembers().stream().anyMatch(m -> m.getRoles().stream().anyMatch(Ocs2007R2Ev001EnterpriseVoicePrerequisites::isOcs2007R2))) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyRole(ValidationContext context, java.util.function.Predicate<RoleInstance> test) {
		return context.topology().getServers().stream().flatMap(s -> s.getRoles().stream()).anyMatch(test);
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		if (!voiceInUse(context)) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (!anyRole(context, ri -> isOcs2007R2(ri) && RoleNames.is(ri, RoleNames.FRONT_END))) {
			missing.add("an OCS 2007 R2 Standard Edition server or Enterprise Edition Front End");
		}
		boolean pki = !context.topology().getCertificateAuthorities().isEmpty() || context.topology().getCertificates()
				.stream().anyMatch(c -> c.getIssuerKind() == IssuerKind.ENTERPRISE || c.getIssuerKind() == IssuerKind.PUBLIC);
		if (!pki) {
			missing.add("a PKI (no certification authority and no CA-issued certificate is modeled)");
		}
		for (Server s : context.topology().getServers()) {
			for (RoleInstance ri : s.getRoles()) {
				if (RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING) && RoleNames.isVersion(ri, "2007")
						&& Exch2007Install001ServicePackOnWs2008.servicePack(ri) < 1) {
					missing.add("Exchange 2007 SP1 or later for Unified Messaging " + q(ri) + " on " + q(s));
				}
			}
		}
		boolean usersModeled = false, sipUser = false;
		for (Forest f : context.topology().getForests()) {
			for (Domain d : f.getDomains()) {
				for (DomainUser u : d.getUsers()) {
					usersModeled = true;
					sipUser |= u.getSipAddress() != null && !u.getSipAddress().isBlank();
				}
			}
		}
		if (usersModeled && !sipUser) {
			missing.add("a user enabled for OCS (no modeled user has a SIP address)");
		}
		boolean perimeter = context.topology().getZones().stream().map(NetworkZone::getKind).anyMatch(k -> k == ZoneKind.PERIMETER);
		if (perimeter) {
			if (!anyRole(context, ri -> RoleNames.is(ri, RoleNames.EDGE) && !RoleNames.is(ri, RoleNames.EDGE_TRANSPORT))) {
				missing.add("the Edge roles (Access, Web Conferencing, A/V Conferencing Edge) in the perimeter");
			}
			if (!anyRole(context, ri -> ri.getRole() != null && RoleNames.normalize(ri.getRole().getName()).contains("reverseproxy"))) {
				missing.add("a reverse proxy in the perimeter");
			}
		}
		if (!missing.isEmpty()) {
			String deployment = context.topology().getOrganizations().stream().map(Organization::getName)
					.filter(n -> n != null).findFirst().map(n -> " ('" + n + "')").orElse("");
			findings.add(info(), context.topology(), "Enterprise Voice in OCS 2007 R2 deployment of topology "
					+ q(context.topology()) + deployment + " lacks its prerequisites: " + String.join("; ", missing) + cite());
		}
	}
}
