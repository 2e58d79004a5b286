package org.portolan.diagram.glsp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.server.actions.TriggerEdgeCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.features.toolpalette.PaletteItem;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.portolan.diagram.glsp.handlers.CreateConnectorHandler;
import org.portolan.diagram.glsp.handlers.CreateNodeHandler;
import org.portolan.model.Catalog;
import org.portolan.model.RoleDefinition;

import com.google.inject.Inject;

/**
 * The palette: containers (site, zone), elements (pool, firewall, load balancer, certificate, server), one server
 * entry per role of the loaded catalogs (the server is created with that role), and the connector.
 */
public class PortolanToolPalette implements ToolPaletteItemProvider {

	@Inject
	protected PortolanModelState state;

	@Override
	public List<PaletteItem> getItems(Map<String, String> args) {
		List<PaletteItem> containers = List.of(
				node("site", "Site", CreateNodeHandler.SITE, null, "a"),
				node("zone", "Zone", CreateNodeHandler.ZONE, null, "b"));
		List<PaletteItem> nodes = List.of(
				node("server", "Server", CreateNodeHandler.SERVER, null, "a"),
				node("pool", "Pool", CreateNodeHandler.POOL, null, "b"),
				node("firewall", "Firewall", CreateNodeHandler.FIREWALL, null, "c"),
				node("load-balancer", "Load balancer", CreateNodeHandler.LOAD_BALANCER, null, "d"),
				node("certificate", "Certificate", CreateNodeHandler.CERTIFICATE, null, "e"));
		List<PaletteItem> edges = List.of(new PaletteItem("connector", "Connector",
				new TriggerEdgeCreationAction(CreateConnectorHandler.CONNECTOR), "symbol-property", "a"));
		List<PaletteItem> roles = new ArrayList<>();
		for (String[] role : roles()) {
			roles.add(node("role-" + role[0], role[1], CreateNodeHandler.SERVER, role[0], role[1]));
		}
		List<PaletteItem> groups = new ArrayList<>();
		groups.add(PaletteItem.createPaletteGroup("containers", "Containers", containers, "symbol-namespace", "a"));
		groups.add(PaletteItem.createPaletteGroup("nodes", "Elements", nodes, "symbol-class", "b"));
		groups.add(PaletteItem.createPaletteGroup("edges", "Connections", edges, "symbol-property", "c"));
		if (!roles.isEmpty()) {
			groups.add(PaletteItem.createPaletteGroup("roles", "Servers by catalog role", roles, "server", "d"));
		}
		return groups;
	}

	private static PaletteItem node(String id, String label, String type, String role, String sort) {
		TriggerNodeCreationAction action = role == null ? new TriggerNodeCreationAction(type)
				: new TriggerNodeCreationAction(type, Map.of(CreateNodeHandler.ROLE_ARG, role));
		return new PaletteItem(id, label, action, "symbol-class", sort);
	}

	/** {qualified name, label} of every role of the catalogs visible to the model. */
	protected List<String[]> roles() {
		List<String[]> result = new ArrayList<>();
		return state.document().access().run(() -> {
			for (Resource resource : state.document().resource().getResourceSet().getResources()) {
				for (EObject root : resource.getContents()) {
					if (root instanceof Catalog catalog) {
						for (RoleDefinition role : catalog.getRoles()) {
							String qualified = catalog.getName() + "." + role.getName();
							String label = (role.getLabel() != null ? role.getLabel() : role.getName()) + " (" + catalog.getName() + ")";
							result.add(new String[] { qualified, label });
						}
					}
				}
			}
			result.sort((a, b) -> a[1].compareToIgnoreCase(b[1]));
			return result;
		});
	}
}
