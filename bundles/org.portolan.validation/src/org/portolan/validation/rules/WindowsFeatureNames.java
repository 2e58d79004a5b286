package org.portolan.validation.rules;

import java.util.ArrayList;
import java.util.List;

import org.portolan.analysis.RoleNames;
import org.portolan.model.Server;

/**
 * The agreed names of {@code Server.windowsFeatures}: the Windows Server 2008 ServerManagerCmd feature ids the source
 * installs (000 L522-570: RSAT-ADDS, PowerShell, Web-Server, ISAPI-Ext, Lgcy-Mgmt-Console, Basic-Auth, Windows-Auth,
 * Digest-Auth, Dyn-Compression, RPC-over-http-proxy), plus AS-Ent-Services / "COM+ Network Access" and the IIS console
 * names for 000 L421. Matching ignores case, spaces and punctuation ("rpc over http proxy" = "RPC-over-http-proxy").
 * A server that lists no Windows feature has its features unmodeled: the feature rules report nothing for it.
 */
final class WindowsFeatureNames {

	/** One required feature: its display name and the spellings accepted for it (ServerManagerCmd id first). */
	record Feature(String label, String... spellings) {
		boolean installedOn(Server s) {
			for (String f : s.getWindowsFeatures()) {
				String n = RoleNames.normalize(f);
				for (String spelling : spellings) {
					if (n.equals(RoleNames.normalize(spelling))) {
						return true;
					}
				}
			}
			return false;
		}
	}

	static final Feature IIS_CONSOLE = new Feature("IIS 6.0 or later management console (Lgcy-Mgmt-Console)",
			"Lgcy-Mgmt-Console", "Web-Mgmt-Console", "IIS Management Console", "IIS 6 Management Console",
			"IIS 6.0 Management Console");
	static final Feature COM_PLUS_NETWORK_ACCESS = new Feature("COM+ network access (AS-Ent-Services)", "AS-Ent-Services",
			"COM+ Network Access", "Enable network COM+ access");
	static final Feature RSAT_ADDS = new Feature("Active Directory management tools (RSAT-ADDS)", "RSAT-ADDS");
	static final Feature POWERSHELL = new Feature("Windows PowerShell 1.0 or later (PowerShell)", "PowerShell",
			"Windows PowerShell");
	static final Feature RPC_OVER_HTTP_PROXY = new Feature("RPC over HTTP Proxy (RPC-over-http-proxy)",
			"RPC-over-http-proxy", "RPC over HTTP Proxy");
	/** The IIS features the source installs for HUB, CAS and MBX (000 L540-556). */
	static final List<Feature> IIS = List.of(new Feature("Web-Server", "Web-Server", "IIS"),
			new Feature("ISAPI-Ext", "ISAPI-Ext"), new Feature("Lgcy-Mgmt-Console", "Lgcy-Mgmt-Console"),
			new Feature("Basic-Auth", "Basic-Auth"), new Feature("Windows-Auth", "Windows-Auth"),
			new Feature("Digest-Auth", "Digest-Auth"), new Feature("Dyn-Compression", "Dyn-Compression"));

	private WindowsFeatureNames() {
	}

	static boolean modeled(Server s) {
		return !s.getWindowsFeatures().isEmpty();
	}

	static List<String> missing(Server s, List<Feature> required) {
		List<String> result = new ArrayList<>();
		for (Feature f : required) {
			if (!f.installedOn(s)) {
				result.add(f.label());
			}
		}
		return result;
	}
}
