package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Architecture;
import org.portolan.model.Connector;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/** OCS 2007 R2 Mediation Server rules (rules.md section 8). Mediation roles whose product names 2007 / OCS. */
public final class MediationServerRules {

	private MediationServerRules() {
	}

	static boolean isOcsMediation(RoleInstance ri) {
		if (!RoleNames.is(ri, RoleNames.MEDIATION)) {
			return false;
		}
		String text = RoleNames.productText(ri);
		return RoleNames.isVersion(ri, "2007") || text.contains("ocs") || text.contains("office communications");
	}

	/** Whether a trunk's Mediation end (server or role instance) is an OCS 2007 R2 Mediation Server. */
	static boolean isOcsMediationEnd(Object end) {
		if (end instanceof RoleInstance ri) {
			return isOcsMediation(ri);
		}
		return end instanceof Server s && s.getRoles().stream().anyMatch(MediationServerRules::isOcsMediation);
	}

	static List<Server> mediationServers(ValidationContext context) {
		List<Server> result = new ArrayList<>();
		for (Server s : context.topology().getServers()) {
			if (s.getRoles().stream().anyMatch(MediationServerRules::isOcsMediation)) {
				result.add(s);
			}
		}
		return result;
	}

	/** Trunks whose Mediation end is the server or one of its role instances. */
	static List<SipTrunk> trunksOf(ValidationContext context, Server s) {
		List<SipTrunk> result = new ArrayList<>();
		for (Connector c : context.topology().getConnectors()) {
			if (c instanceof SipTrunk t && (t.getMediation() == s || s.getRoles().contains(t.getMediation()))) {
				result.add(t);
			}
		}
		return result;
	}

	/** OCS2007R2-MED-002: Mediation Server installs only on x64. */
	public static final class X64Only extends AbstractRule {
		public X64Only() {
			super("OCS2007R2-MED-002", RuleCategory.CONFIGURATION, Severity.ERROR, "Mediation Server is x64 only",
					"000 L296, L647");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				if (s.getArchitecture() != Architecture.X64) {
					findings.add(info(), s, "Mediation Server " + q(s) + " is " + s.getArchitecture().getLiteral()
							+ "; Mediation Server installs only on x64" + cite());
				}
			}
		}
	}

	/** OCS2007R2-MED-004: Mediation Server is a domain member. */
	public static final class DomainMember extends AbstractRule {
		public DomainMember() {
			super("OCS2007R2-MED-004", RuleCategory.CONFIGURATION, Severity.ERROR,
					"Mediation Server is a domain member server with Active Directory prepared", "000 L638");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				if (s.getDomain() == null) {
					findings.add(info(), s, "Mediation Server " + q(s)
							+ " is not a domain member; it must be a member server of a domain with Active Directory prepared"
							+ cite());
				}
			}
		}
	}

	/** OCS2007R2-MED-007: TLS is the recommended gateway transport; TCP is not recommended. */
	public static final class TlsTrunk extends AbstractRule {
		public TlsTrunk() {
			super("OCS2007R2-MED-007", RuleCategory.CONFIGURATION, Severity.WARNING,
					"Gateway SIP transport TLS recommended, TCP not recommended", "000 L224-226");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				for (SipTrunk t : trunksOf(context, s)) {
					if (t.getTransport() == SipTransport.TCP) {
						findings.add(info(), t, "SIP trunk " + q(t) + " between Mediation Server " + q(s)
								+ " and gateway " + q(t.getGateway()) + " uses TCP; TLS is the recommended transport"
								+ cite(), s);
					}
				}
			}
		}
	}

	/** OCS2007R2-MED-008: two network adapters (one gateway-facing, one internal). */
	public static final class TwoNetworkAdapters extends AbstractRule {
		public TwoNetworkAdapters() {
			super("OCS2007R2-MED-008", RuleCategory.CONFIGURATION, Severity.WARNING,
					"Mediation Server has two network adapters", "000 L226");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				long adapters = s.getInterfaces().stream()
						.map(n -> n.getAdapter() != null && !n.getAdapter().isBlank() ? n.getAdapter() : "#" + n.hashCode())
						.distinct().count();
				if (adapters < 2) {
					findings.add(info(), s, "Mediation Server " + q(s) + " has " + adapters
							+ " network adapter(s); use two, one towards the media gateway and one towards the internal network"
							+ cite());
				}
			}
		}
	}

	/** OCS2007R2-MED-014: exactly one gateway / SIP trunk per Mediation Server (none: error; more: warning). */
	public static final class OneGateway extends AbstractRule {
		public OneGateway() {
			super("OCS2007R2-MED-014", RuleCategory.CONFIGURATION, Severity.WARNING,
					"One gateway / SIP trunk per Mediation Server", "000 L370");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				List<SipTrunk> trunks = trunksOf(context, s);
				if (trunks.isEmpty()) {
					findings.add(info(), Severity.ERROR, s, "Mediation Server " + q(s)
							+ " has no associated media gateway or SIP trunk" + cite());
				} else if (trunks.size() > 1) {
					findings.add(info(), s, "Mediation Server " + q(s) + " has " + trunks.size() + " gateways/SIP trunks "
							+ trunks.stream().map(AbstractRule::q).toList()
							+ "; each Mediation Server has one associated gateway" + cite(), trunks.get(1));
				}
			}
		}
	}

	/** OCS2007R2-MED-015: do not collocate Mediation Server with other OCS 2007 R2 roles. */
	public static final class NotCollocated extends AbstractRule {
		public NotCollocated() {
			super("OCS2007R2-MED-015", RuleCategory.CONFIGURATION, Severity.WARNING,
					"Mediation Server is not collocated with other server roles", "000 L371");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				for (RoleInstance ri : s.getRoles()) {
					if (!RoleNames.is(ri, RoleNames.MEDIATION) && ri.getRole() != null
							&& ri.getRole().getKind() == org.portolan.model.RoleKind.SERVER_ROLE) {
						findings.add(info(), ri, "Mediation Server " + q(s) + " also hosts role " + q(ri)
								+ "; do not collocate the Mediation Server with other server roles" + cite(), s);
					}
				}
			}
		}
	}

	/**
	 * OCS2007R2-MED-006: the Mediation Server always needs a certificate (its link to the internal OCS
	 * infrastructure is always TLS, even with a TCP gateway link). The gateway certificate of TLS links is
	 * CERT-MED-002.
	 */
	public static final class Certificate extends AbstractRule {
		public Certificate() {
			super("OCS2007R2-MED-006", RuleCategory.CERTIFICATE, Severity.ERROR,
					"A certificate is always configured on the Mediation Server", "000 L230, L358");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				boolean hasCertificate = !s.getCertificates().isEmpty()
						|| s.getRoles().stream().anyMatch(r -> isOcsMediation(r) && !r.getCertificates().isEmpty());
				if (!hasCertificate) {
					findings.add(info(), s, "Mediation Server " + q(s)
							+ " has no certificate; its link to the internal Communications Server infrastructure is always TLS"
							+ cite());
				}
			}
		}
	}

	/**
	 * OCS2007R2-MED-003: the Mediation Server runs 64-bit Windows Server 2008 Standard/Enterprise, or Windows Server
	 * 2003 (R2) Standard/Enterprise x64 with SP2. Read from osVersion, osEdition, osServicePack and architecture; an
	 * unstated OS is not reported.
	 */
	public static final class OperatingSystem extends AbstractRule {
		public OperatingSystem() {
			super("OCS2007R2-MED-003", RuleCategory.CONFIGURATION, Severity.ERROR,
					"Mediation Server runs Windows Server 2008 x64 or Windows Server 2003 (R2) x64 SP2, Standard or Enterprise",
					"000 L639-642");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				String os = ((s.getOsVersion() == null ? "" : s.getOsVersion()) + " "
						+ (s.getOsEdition() == null ? "" : s.getOsEdition())).toLowerCase(java.util.Locale.ROOT);
				if (os.isBlank()) {
					continue;
				}
				String sp = (s.getOsServicePack() == null ? "" : s.getOsServicePack()).replaceAll("[^0-9]", "");
				boolean edition = os.contains("standard") || os.contains("enterprise") || !os.contains("datacenter")
						&& !os.contains("web") && !os.contains("foundation");
				boolean supported = s.getArchitecture() == Architecture.X64 && edition
						&& (os.contains("2008") || os.contains("2003") && !sp.isEmpty() && Integer.parseInt(sp) >= 2);
				if (!supported) {
					findings.add(info(), s, "Mediation Server " + q(s) + " runs '" + os.trim()
							+ (sp.isEmpty() ? "" : " SP" + sp) + "' (" + s.getArchitecture().getLiteral()
							+ "); supported: Windows Server 2008 x64 or Windows Server 2003 (R2) x64 SP2, Standard or Enterprise"
							+ cite());
				}
			}
		}
	}

	/**
	 * OCS2007R2-MED-016: minimum recommended hardware (up to 125 concurrent calls or 5 T1): dual-core processor, 2 GB
	 * RAM, 30 GB disk (000 L360-393; the two network adapters are OCS2007R2-MED-008). Only values that are modeled
	 * (greater than 0) are compared; the second, larger table of the source is ambiguous and not used.
	 */
	public static final class Hardware extends AbstractRule {
		public Hardware() {
			super("OCS2007R2-MED-016", RuleCategory.CONFIGURATION, Severity.WARNING,
					"Mediation Server meets the minimum recommended hardware (dual core, 2 GB RAM, 30 GB disk)",
					"000 L360-393");
		}

		@Override
		public void check(ValidationContext context, Findings findings) {
			for (Server s : mediationServers(context)) {
				List<String> below = new ArrayList<>();
				if (s.getCpuCores() > 0 && s.getCpuCores() < 2) {
					below.add(s.getCpuCores() + " CPU core(s) < 2");
				}
				if (s.getMemoryMB() > 0 && s.getMemoryMB() < 2048) {
					below.add(s.getMemoryMB() + " MB RAM < 2048 MB");
				}
				if (s.getDiskGB() > 0 && s.getDiskGB() < 30) {
					below.add(s.getDiskGB() + " GB disk < 30 GB");
				}
				if (!below.isEmpty()) {
					findings.add(info(), s, "Mediation Server " + q(s) + " is below the minimum recommended hardware: "
							+ String.join(", ", below) + cite());
				}
			}
		}
	}
}
