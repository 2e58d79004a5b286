package org.portolan.analysis;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.portolan.model.Product;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;

/**
 * Recognizes catalog roles by name, label or alias, independently of how a catalog spells them ("Hub Transport",
 * "HubTransport", "Exchange 2010 Hub Transport", "HUB"). Canonical names follow role_vocabulary.csv.
 */
public final class RoleNames {

	public static final String MAILBOX = "mailbox";
	public static final String CLIENT_ACCESS = "clientaccess";
	public static final String HUB_TRANSPORT = "hubtransport";
	public static final String EDGE_TRANSPORT = "edgetransport";
	public static final String UNIFIED_MESSAGING = "unifiedmessaging";
	public static final String FRONT_END = "frontend";
	public static final String DIRECTOR = "director";
	public static final String MEDIATION = "mediation";
	/** Lync/SfB/OCS Edge (any of its services). */
	public static final String EDGE = "edge";
	public static final String ACTIVE_DIRECTORY = "activedirectory";

	private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(Map.entry("hub", HUB_TRANSPORT),
			Map.entry("cas", CLIENT_ACCESS), Map.entry("mbx", MAILBOX), Map.entry("um", UNIFIED_MESSAGING),
			Map.entry("fe", FRONT_END), Map.entry("dc", ACTIVE_DIRECTORY), Map.entry("domaincontroller", ACTIVE_DIRECTORY),
			Map.entry("adds", ACTIVE_DIRECTORY), Map.entry("activedirectorydomainservices", ACTIVE_DIRECTORY),
			Map.entry("globalcatalog", ACTIVE_DIRECTORY), Map.entry("edgeserver", EDGE),
			Map.entry("accessedge", EDGE), Map.entry("avedge", EDGE), Map.entry("webconferencingedge", EDGE),
			Map.entry("consolidatededge", EDGE), Map.entry("mediationserver", MEDIATION),
			Map.entry("frontendpool", FRONT_END), Map.entry("standardedition", FRONT_END),
			Map.entry("enterpriseeditionfrontend", FRONT_END));

	private static final Pattern PRODUCT_PREFIX = Pattern.compile(
			"^(microsoft)?(exchange|lync|skypeforbusiness|sfb|ocs|officecommunicationsserver|windows)(server)?(\\d{4})?(r2)?(sp\\d)?(server)?");
	private static final Pattern ROLE_SUFFIX = Pattern.compile("(server|role|service|services|pool)$");

	private RoleNames() {
	}

	/** Lower-case letters and digits only. */
	public static String normalize(String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}

	/** Memo of {@link #canonical(String)}, a pure function of the spelling. */
	private static final java.util.concurrent.ConcurrentHashMap<String, String> CANONICAL = new java.util.concurrent.ConcurrentHashMap<>();

	/** Canonical key of one spelling: product prefix, "server"/"role" suffix and abbreviations resolved. */
	public static String canonical(String spelling) {
		if (spelling == null) {
			return "";
		}
		return CANONICAL.computeIfAbsent(spelling, RoleNames::computeCanonical);
	}

	private static String computeCanonical(String spelling) {
		String n = normalize(spelling);
		if (ABBREVIATIONS.containsKey(n)) {
			return ABBREVIATIONS.get(n);
		}
		String stripped = PRODUCT_PREFIX.matcher(n).replaceFirst("");
		if (!stripped.isEmpty()) {
			n = stripped;
		}
		if (ABBREVIATIONS.containsKey(n)) {
			return ABBREVIATIONS.get(n);
		}
		String unsuffixed = ROLE_SUFFIX.matcher(n).replaceFirst("");
		if (!unsuffixed.isEmpty()) {
			n = unsuffixed;
		}
		return ABBREVIATIONS.getOrDefault(n, n);
	}

	/** Canonical keys of a role, its label and aliases (not of included roles). */
	public static Set<String> keys(RoleDefinition role) {
		Set<String> keys = new LinkedHashSet<>();
		if (role == null) {
			return keys;
		}
		keys.add(canonical(role.getName()));
		if (role.getLabel() != null) {
			keys.add(canonical(role.getLabel()));
		}
		for (String alias : role.getAliases()) {
			keys.add(canonical(alias));
		}
		keys.remove("");
		return keys;
	}

	/** True if {@code role} or a role it includes (transitively) is {@code canonicalName}. */
	public static boolean is(RoleDefinition role, String canonicalName) {
		return is(role, canonicalName, new LinkedHashSet<>());
	}

	private static boolean is(RoleDefinition role, String canonicalName, Set<RoleDefinition> seen) {
		if (role == null || !seen.add(role)) {
			return false;
		}
		Set<String> keys = keys(role);
		if (keys.contains(canonicalName)) {
			return true;
		}
		if (EDGE.equals(canonicalName)) {
			for (String k : keys) {
				if (k.startsWith("edge") && !k.startsWith(EDGE_TRANSPORT)) {
					return true;
				}
			}
		}
		for (RoleDefinition included : role.getIncludes()) {
			if (is(included, canonicalName, seen)) {
				return true;
			}
		}
		return false;
	}

	public static boolean is(RoleInstance instance, String canonicalName) {
		return instance != null && is(instance.getRole(), canonicalName);
	}

	/**
	 * Product and version text of a role instance: its productVersion plus the catalog product's name, version and
	 * family, and the role name (lower case), e.g. "2010 sp2 exchange server 2010 exchange mailbox".
	 */
	public static String productText(RoleInstance instance) {
		StringBuilder sb = new StringBuilder();
		append(sb, instance.getProductVersion());
		RoleDefinition role = instance.getRole();
		if (role != null) {
			Product p = role.getProduct();
			if (p != null) {
				append(sb, p.getName());
				append(sb, p.getVersion());
				append(sb, p.getFamily());
			}
			append(sb, role.getName());
			append(sb, role.getLabel());
		}
		return sb.toString().toLowerCase(Locale.ROOT);
	}

	/** Whether the instance's product is OCS, Lync or Skype for Business (not Exchange or Windows). */
	public static boolean isCommunications(RoleInstance instance) {
		return instance != null && isCommunicationsText(productText(instance));
	}

	/** Whether the role's product is OCS, Lync or Skype for Business. */
	public static boolean isCommunications(RoleDefinition role) {
		if (role == null) {
			return false;
		}
		StringBuilder sb = new StringBuilder();
		if (role.getProduct() != null) {
			append(sb, role.getProduct().getName());
			append(sb, role.getProduct().getFamily());
		}
		append(sb, role.getLabel());
		return isCommunicationsText(sb.toString().toLowerCase(Locale.ROOT));
	}

	private static boolean isCommunicationsText(String text) {
		return text.contains("lync") || text.contains("skype") || text.contains("sfb") || text.contains("ocs")
				|| text.contains("communications server");
	}

	/** True if the instance's product text names {@code year} (e.g. "2010"), as a whole token. */
	public static boolean isVersion(RoleInstance instance, String year) {
		return Pattern.compile("(^|[^0-9])" + Pattern.quote(year) + "([^0-9]|$)").matcher(productText(instance)).find();
	}

	private static void append(StringBuilder sb, String s) {
		if (s != null && !s.isBlank()) {
			sb.append(s).append(' ');
		}
	}
}
