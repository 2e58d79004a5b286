package org.portolan.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** A starting point for a new topology file, shipped as text under {@code templates/} of this bundle. */
public record TopologyTemplate(String id, String label, String description) {

	public static final List<TopologyTemplate> ALL = List.of(
			new TopologyTemplate("empty", "Empty topology", "A topology with nothing in it yet."),
			new TopologyTemplate("exchange2010", "Exchange 2010 organisation",
					"One AD site with a domain controller, a Client Access + Hub Transport + Mailbox server, an Edge "
							+ "Transport server in the perimeter network with an Edge Subscription, firewalls and certificates "
							+ "(seed 001)."),
			new TopologyTemplate("lync2013-edge", "Lync 2013 edge",
					"A Lync Server 2013 Front End pool and a consolidated Edge pool of two nodes with DNS load balancing "
							+ "and NAT'd public addresses, with the external and internal firewalls (seed 003)."));

	/** The template text with the topology name filled in. */
	public String render(String topologyName) {
		String resource = "/templates/" + id + ".portolan";
		try (InputStream in = TopologyTemplate.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing template " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${name}", topologyName);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A valid topology name derived from a file name ("My Lab.portolan" → "my-lab"). */
	public static String topologyNameFor(String fileName) {
		String base = fileName.endsWith(".portolan") ? fileName.substring(0, fileName.length() - ".portolan".length()) : fileName;
		String name = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
		if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
			name = "t-" + name;
		}
		return name;
	}
}
