package org.portolan.validation.rules;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.portolan.model.Addressable;
import org.portolan.model.Certificate;
import org.portolan.model.ExternalParty;
import org.portolan.model.NetworkInterface;
import org.portolan.model.Pool;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;

/**
 * Host-name matching for certificates: a name is covered by the Subject CN or a SAN DNS name, case-insensitively
 * (certificates.md GK-CERT-001); a wildcard {@code *.example.com} covers exactly one label
 * ({@code a.example.com}, not {@code example.com} nor {@code a.b.example.com}).
 */
public final class CertificateNames {

	private CertificateNames() {
	}

	public static String normalizeName(String name) {
		if (name == null) {
			return "";
		}
		String n = name.trim().toLowerCase(Locale.ROOT);
		if (n.startsWith("dns:") || n.startsWith("dns=")) {
			n = n.substring(4).trim();
		}
		while (n.endsWith(".")) {
			n = n.substring(0, n.length() - 1);
		}
		return n;
	}

	/** Names on the certificate: CN then SANs. */
	public static List<String> names(Certificate c) {
		List<String> result = new ArrayList<>();
		if (c.getSubjectCommonName() != null && !c.getSubjectCommonName().isBlank()) {
			result.add(normalizeName(c.getSubjectCommonName()));
		}
		for (String san : c.getSubjectAlternativeNames()) {
			result.add(normalizeName(san));
		}
		return result;
	}

	public static boolean matches(String pattern, String host, boolean allowWildcard) {
		String p = normalizeName(pattern);
		String h = normalizeName(host);
		if (p.isEmpty() || h.isEmpty()) {
			return false;
		}
		if (p.equals(h)) {
			return true;
		}
		if (allowWildcard && p.startsWith("*.")) {
			String suffix = p.substring(1); // ".example.com"
			if (h.endsWith(suffix)) {
				String label = h.substring(0, h.length() - suffix.length());
				return !label.isEmpty() && !label.contains(".");
			}
		}
		return false;
	}

	public static boolean covers(Certificate c, String host, boolean allowWildcard) {
		for (String n : names(c)) {
			if (matches(n, host, allowWildcard)) {
				return true;
			}
		}
		return false;
	}

	/** Host name of a published value: the host of a URL, otherwise the value without path and port. */
	public static String hostOf(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String v = value.trim();
		if (v.contains("://")) {
			try {
				String host = URI.create(v).getHost();
				if (host != null) {
					return host.toLowerCase(Locale.ROOT);
				}
			} catch (IllegalArgumentException e) {
				// fall through to the manual parse
			}
			v = v.substring(v.indexOf("://") + 3);
		}
		int slash = v.indexOf('/');
		if (slash >= 0) {
			v = v.substring(0, slash);
		}
		int colon = v.indexOf(':');
		if (colon >= 0) {
			v = v.substring(0, colon);
		}
		return v.toLowerCase(Locale.ROOT);
	}

	/** Certificates an element presents: its own, its server's, its role instances'. */
	public static Set<Certificate> certificatesOf(Addressable element) {
		Set<Certificate> result = new LinkedHashSet<>();
		if (element instanceof RoleInstance ri) {
			result.addAll(ri.getCertificates());
			if (ri.eContainer() instanceof Server s) {
				result.addAll(s.getCertificates());
			}
		} else if (element instanceof Server s) {
			result.addAll(s.getCertificates());
			for (RoleInstance ri : s.getRoles()) {
				result.addAll(ri.getCertificates());
			}
		} else if (element instanceof NetworkInterface nic && nic.eContainer() instanceof Server s) {
			result.addAll(certificatesOf(s));
		} else if (element instanceof ExternalParty e) {
			result.addAll(e.getCertificates());
		}
		return result;
	}

	/** The elements that present a certificate for a served element: pool members for a pool, else itself. */
	public static List<Addressable> presenters(Addressable servedBy) {
		if (servedBy instanceof Pool pool) {
			return new ArrayList<>(pool.getMembers());
		}
		return List.of(servedBy);
	}
}
