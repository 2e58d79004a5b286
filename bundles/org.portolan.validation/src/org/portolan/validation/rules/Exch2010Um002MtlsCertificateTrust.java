package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Certificate;
import org.portolan.model.CertificateAuthority;
import org.portolan.model.Connector;
import org.portolan.model.ExternalParty;
import org.portolan.model.IssuerKind;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.SipTransport;
import org.portolan.model.SipTrunk;
import org.portolan.validation.Findings;
import org.portolan.validation.RuleCategory;
import org.portolan.validation.Severity;
import org.portolan.validation.ValidationContext;

/**
 * EXCH2010-UM-002: with mutual TLS between an Exchange 2010 Unified Messaging server and an IP gateway / IP PBX, each
 * side trusts the other's certificate: the gateway's {@code trustedAuthorities} contain the issuer (or an ancestor CA)
 * of a UM certificate, and the UM server's contain the issuer of a gateway certificate. Trust is expressed through
 * CAs, so a self-signed certificate cannot be shown to be trusted and is reported. Applies to TLS SIP trunks whose UM
 * end is an Exchange 2010 UM server or role; the finding is on the trunk.
 */
public final class Exch2010Um002MtlsCertificateTrust extends AbstractRule {

	public Exch2010Um002MtlsCertificateTrust() {
		super("EXCH2010-UM-002", RuleCategory.CERTIFICATE, Severity.ERROR,
				"MTLS requires exchanging trusted certificates between gateway/PBX and UM", "001 L619");
	}

	private static Server umServer(Object end) {
		if (end instanceof RoleInstance ri && RoleNames.is(ri, RoleNames.UNIFIED_MESSAGING) && RoleNames.isVersion(ri, "2010")
				&& ri.eContainer() instanceof Server s) {
			return s;
		}
		return end instanceof Server s && ValidationContext.has(s, RoleNames.UNIFIED_MESSAGING, "2010") ? s : null;
	}

	/** Whether {@code trusted} contains the certificate's issuer or one of its parent CAs. */
	static boolean trusts(List<CertificateAuthority> trusted, Certificate cert) {
		if (cert.getIssuerKind() == IssuerKind.SELF_SIGNED) {
			return false;
		}
		Set<CertificateAuthority> seen = new LinkedHashSet<>();
		for (CertificateAuthority ca = cert.getIssuer(); ca != null && seen.add(ca); ca = ca.getParent()) {
			if (trusted.contains(ca)) {
				return true;
			}
		}
		return false;
	}

	private static boolean anyTrusted(List<CertificateAuthority> trusted, List<Certificate> certs) {
		return certs.stream().anyMatch(c -> trusts(trusted, c));
	}

	@Override
	public void check(ValidationContext context, Findings findings) {
		for (Connector c : context.topology().getConnectors()) {
			if (!(c instanceof SipTrunk trunk) || trunk.getTransport() != SipTransport.TLS) {
				continue;
			}
			Server um = umServer(trunk.getMediation());
			ExternalParty gw = trunk.getGateway();
			if (um == null || gw == null) {
				continue;
			}
			List<Certificate> umCerts = new ArrayList<>(um.getCertificates());
			if (trunk.getMediation() instanceof RoleInstance ri) {
				umCerts.addAll(ri.getCertificates());
			}
			List<String> problems = new ArrayList<>();
			if (umCerts.isEmpty()) {
				problems.add("UM server " + q(um) + " has no certificate");
			} else if (!anyTrusted(gw.getTrustedAuthorities(), umCerts)) {
				problems.add("gateway " + q(gw) + " trusts no issuer of the UM certificate(s) " + names(umCerts));
			}
			if (gw.getCertificates().isEmpty()) {
				problems.add("gateway " + q(gw) + " has no certificate");
			} else if (!anyTrusted(um.getTrustedAuthorities(), gw.getCertificates())) {
				problems.add("UM server " + q(um) + " trusts no issuer of the gateway certificate(s) " + names(gw.getCertificates()));
			}
			if (!problems.isEmpty()) {
				findings.add(info(), trunk, "Mutual TLS SIP trunk " + q(trunk) + " between Unified Messaging " + q(um)
						+ " and " + q(gw) + " needs trusted certificates exchanged: " + String.join("; ", problems)
						+ " (self-signed certificates cannot be modeled as trusted)" + cite(), um, gw);
			}
		}
	}

	private static String names(List<Certificate> certs) {
		List<String> n = new ArrayList<>();
		for (Certificate c : certs) {
			n.add(q(c));
		}
		return String.join(", ", n);
	}
}
