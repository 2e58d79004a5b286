package org.portolan.diagram.glsp.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.actions.TriggerElementCreationAction;
import org.eclipse.glsp.server.actions.TriggerNodeCreationAction;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.LayoutSupport;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.Certificate;
import org.portolan.model.Firewall;
import org.portolan.model.FirewallInterface;
import org.portolan.model.LoadBalancer;
import org.portolan.model.NamedElement;
import org.portolan.model.NetworkInterface;
import org.portolan.model.NetworkZone;
import org.portolan.model.Pool;
import org.portolan.model.PortolanFactory;
import org.portolan.model.RoleDefinition;
import org.portolan.model.RoleInstance;
import org.portolan.model.Server;
import org.portolan.model.Site;
import org.portolan.model.Topology;
import org.portolan.model.ZoneKind;

import com.google.inject.Inject;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/**
 * Creates a site, zone, server (with a catalog role), pool, firewall, load balancer or certificate where the user
 * drops it: the element is added to the model (and so to the text, through the change serializer), placed in the
 * site or zone it was dropped on, and shown at the drop position.
 */
public class CreateNodeHandler extends BasicOperationHandler<CreateNodeOperation>
		implements CreateOperationHandler<CreateNodeOperation> {

	public static final String SITE = "node:site";
	public static final String ZONE = "node:zone";
	public static final String SERVER = "node:server";
	public static final String POOL = "node:pool";
	public static final String FIREWALL = "node:firewall";
	public static final String LOAD_BALANCER = "node:load-balancer";
	public static final String CERTIFICATE = "node:certificate";
	public static final List<String> TYPES = List.of(SITE, ZONE, SERVER, POOL, FIREWALL, LOAD_BALANCER, CERTIFICATE);
	/** Argument of a server creation: the qualified name of the catalog role (e.g. exchange2010.Mailbox). */
	public static final String ROLE_ARG = "role";

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<CreateNodeOperation> getHandledOperationType() {
		return CreateNodeOperation.class;
	}

	@Override
	public List<String> getHandledElementTypeIds() {
		return TYPES;
	}

	@Override
	public List<TriggerElementCreationAction> getTriggerActions() {
		List<TriggerElementCreationAction> actions = new ArrayList<>();
		TYPES.forEach(type -> actions.add(new TriggerNodeCreationAction(type)));
		return actions;
	}

	@Override
	public String getLabel() {
		return "Create element";
	}

	@Override
	public Optional<Command> createCommand(CreateNodeOperation operation) {
		String type = operation.getElementTypeId();
		EObject container = Edits.container(state, operation.getContainerId());
		Map<String, String> args = operation.getArgs();
		String role = args == null ? null : args.get(ROLE_ARG);
		String[] created = new String[1];
		Command command = state.document().edit("Create " + type.substring(type.indexOf(':') + 1), topology -> {
			EObject target = container == null ? null : Edits.fresh(topology, container);
			NamedElement element = create(topology, type, target, role);
			created[0] = LayoutSupport.semanticKey(element);
		}, null);
		GPoint location = operation.getLocation().orElse(null);
		if (location != null && created[0] != null) {
			state.place(created[0], new DiagramLayout.Point(location.getX(), location.getY()));
		}
		return Optional.of(command);
	}

	/** Adds a new element of {@code type} to {@code topology} inside {@code container} (a site, a zone or null). */
	public static NamedElement create(Topology topology, String type, EObject container, String role) {
		PortolanFactory f = PortolanFactory.eINSTANCE;
		Site site = container instanceof Site s ? s : container instanceof NetworkZone z ? z.getSite() : null;
		NetworkZone zone = container instanceof NetworkZone z ? z : null;
		switch (type) {
		case SITE -> {
			Site created = f.createSite();
			created.setName(Edits.uniqueName(topology, "site"));
			topology.getSites().add(created);
			return created;
		}
		case ZONE -> {
			NetworkZone created = f.createNetworkZone();
			created.setName(Edits.uniqueName(topology, "zone"));
			created.setKind(ZoneKind.INTERNAL);
			created.setSite(site);
			topology.getZones().add(created);
			return created;
		}
		case SERVER -> {
			Server created = f.createServer();
			created.setName(Edits.uniqueName(topology, "server"));
			created.setSite(site);
			if (zone != null) {
				NetworkInterface nic = f.createNetworkInterface();
				nic.setName("lan");
				nic.setZone(zone);
				created.getInterfaces().add(nic);
			}
			if (role != null && !role.isBlank()) {
				RoleDefinition definition = findRole(topology, role);
				if (definition == null) {
					throw new RefusedEdit("No catalog role '" + role + "'.");
				}
				RoleInstance instance = f.createRoleInstance();
				instance.setRole(definition);
				created.getRoles().add(instance);
			}
			topology.getServers().add(created);
			return created;
		}
		case POOL -> {
			Pool created = f.createPool();
			created.setName(Edits.uniqueName(topology, "pool"));
			created.setSite(site);
			topology.getPools().add(created);
			return created;
		}
		case FIREWALL -> {
			Firewall created = f.createFirewall();
			created.setName(Edits.uniqueName(topology, "firewall"));
			if (zone != null) {
				FirewallInterface nic = f.createFirewallInterface();
				nic.setName(zone.getName());
				nic.setZone(zone);
				created.getInterfaces().add(nic);
			}
			topology.getFirewalls().add(created);
			return created;
		}
		case LOAD_BALANCER -> {
			LoadBalancer created = f.createLoadBalancer();
			created.setName(Edits.uniqueName(topology, "lb"));
			if (zone != null) {
				NetworkInterface nic = f.createNetworkInterface();
				nic.setName("lan");
				nic.setZone(zone);
				created.getInterfaces().add(nic);
			}
			topology.getLoadBalancers().add(created);
			return created;
		}
		case CERTIFICATE -> {
			Certificate created = f.createCertificate();
			created.setName(Edits.uniqueName(topology, "cert"));
			topology.getCertificates().add(created);
			return created;
		}
		default -> throw new RefusedEdit("Unknown element type " + type);
		}
	}

	/** The catalog role with the qualified name {@code qualifiedName} (catalog.role) among the loaded catalogs. */
	public static RoleDefinition findRole(Topology topology, String qualifiedName) {
		for (Resource resource : topology.eResource().getResourceSet().getResources()) {
			for (EObject root : resource.getContents()) {
				if (root instanceof org.portolan.model.Catalog catalog) {
					for (RoleDefinition role : catalog.getRoles()) {
						if (qualifiedName.equals(catalog.getName() + "." + role.getName())) {
							return role;
						}
					}
				}
			}
		}
		return null;
	}
}
