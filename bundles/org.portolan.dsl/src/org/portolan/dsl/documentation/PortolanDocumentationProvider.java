package org.portolan.dsl.documentation;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.documentation.IEObjectDocumentationProvider;
import org.portolan.dsl.PortolanText;
import org.portolan.model.Catalog;
import org.portolan.model.CatalogEntry;
import org.portolan.model.DataPathDefinition;
import org.portolan.model.ListeningEndpoint;
import org.portolan.model.NamedElement;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;

/**
 * Hover documentation (markdown): catalog entries with their source citation, roles with their endpoints and
 * paths, any element with its description.
 */
public class PortolanDocumentationProvider implements IEObjectDocumentationProvider {

	@Override
	public String getDocumentation(EObject o) {
		if (o instanceof CatalogEntry e) {
			return entry(e);
		}
		if (o instanceof RoleInstance ri && ri.getRole() != null && !ri.getRole().eIsProxy()) {
			return role(ri.getRole());
		}
		if (o instanceof RoleDefinition r) {
			return role(r);
		}
		if (o instanceof NamedElement n && n.getDescription() != null) {
			return n.getDescription();
		}
		return null;
	}

	/** Markdown for one catalog entry, ending with its citation. */
	public static String entry(CatalogEntry e) {
		StringBuilder b = new StringBuilder("**").append(PortolanText.entry(e)).append("**");
		if (e.getServiceName() != null) {
			b.append("\n\nService: ").append(e.getServiceName());
		}
		if (!e.getConditions().isEmpty()) {
			b.append("\n\nApplies when: ").append(String.join(", ", e.getConditions()));
		}
		if (e instanceof DataPathDefinition d && d.getDefaultAuth() != null) {
			b.append("\n\nAuthentication: ").append(d.getDefaultAuth());
		}
		if (e.getNote() != null) {
			b.append("\n\n").append(e.getNote());
		}
		b.append("\n\n_").append(PortolanText.citation(e.getSource())).append("_");
		return b.toString();
	}

	private static String role(RoleDefinition r) {
		StringBuilder b = new StringBuilder("**").append(r.getLabel() != null ? r.getLabel() : r.getName()).append("**");
		if (r.getProduct() != null && !r.getProduct().eIsProxy()) {
			b.append(" — ").append(r.getProduct().getDescription() != null ? r.getProduct().getDescription() : r.getProduct().getName());
		}
		if (r.getDescription() != null) {
			b.append("\n\n").append(r.getDescription());
		}
		if (r.eContainer() instanceof Catalog c) {
			List<CatalogEntry> entries = c.getEndpoints().stream().filter(l -> l.getRole() == r)
					.map(CatalogEntry.class::cast).collect(Collectors.toList());
			c.getDataPaths().stream().filter(d -> d.getFrom() == r || d.getTo() == r).forEach(entries::add);
			for (CatalogEntry e : entries) {
				b.append("\n- ").append(PortolanText.entry(e)).append(" — _").append(PortolanText.citation(e.getSource()))
						.append("_");
			}
		}
		return b.toString();
	}

	static boolean isEndpoint(Object o) {
		return o instanceof ListeningEndpoint;
	}
}
