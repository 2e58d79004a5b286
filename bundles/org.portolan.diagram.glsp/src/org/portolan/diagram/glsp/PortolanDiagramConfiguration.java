package org.portolan.diagram.glsp;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.glsp.server.diagram.BaseDiagramConfiguration;
import org.eclipse.glsp.server.layout.ServerLayoutKind;
import org.eclipse.glsp.server.types.EdgeTypeHint;
import org.eclipse.glsp.server.types.ShapeTypeHint;
import org.portolan.diagram.glsp.handlers.CreateConnectorHandler;
import org.portolan.diagram.glsp.handlers.CreateNodeHandler;

/** Element types and what the client may do with them (move, resize, delete, contain, connect). */
public class PortolanDiagramConfiguration extends BaseDiagramConfiguration {

	@Override
	public List<ShapeTypeHint> getShapeTypeHints() {
		List<String> containable = new ArrayList<>(CreateNodeHandler.TYPES);
		return List.of(new ShapeTypeHint("node", true, true, true, false, containable));
	}

	@Override
	public List<EdgeTypeHint> getEdgeTypeHints() {
		return List.of(
				new EdgeTypeHint(CreateConnectorHandler.CONNECTOR, false, true, true, List.of("node"), List.of("node")),
				new EdgeTypeHint("edge", false, true, true, List.of("node"), List.of("node")));
	}

	@Override
	public ServerLayoutKind getLayoutKind() {
		return ServerLayoutKind.MANUAL;
	}

	@Override
	public boolean needsClientLayout() {
		return true;
	}

	@Override
	public boolean animatedUpdate() {
		return false;
	}
}
