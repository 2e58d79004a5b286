package org.portolan.diagram.glsp;

import org.eclipse.glsp.server.actions.ActionHandler;
import org.eclipse.glsp.server.di.DiagramModule;
import org.eclipse.glsp.server.di.MultiBinding;
import org.eclipse.glsp.server.diagram.DiagramConfiguration;
import org.eclipse.glsp.server.features.core.model.GModelFactory;
import org.eclipse.glsp.server.features.core.model.SourceModelStorage;
import org.eclipse.glsp.server.features.toolpalette.ToolPaletteItemProvider;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.operations.OperationHandler;
import org.portolan.diagram.glsp.handlers.ApplyLabelEditHandler;
import org.portolan.diagram.glsp.handlers.ChangeBoundsHandler;
import org.portolan.diagram.glsp.handlers.ChangeRoutingPointsHandler;
import org.portolan.diagram.glsp.handlers.CreateConnectorHandler;
import org.portolan.diagram.glsp.handlers.CreateNodeHandler;
import org.portolan.diagram.glsp.handlers.DeleteHandler;
import org.portolan.diagram.glsp.handlers.ExportSvgActionHandler;
import org.portolan.diagram.glsp.handlers.LayoutHandler;
import org.portolan.diagram.glsp.handlers.ReconnectHandler;
import org.portolan.diagram.glsp.handlers.SetFilterActionHandler;

/**
 * The Portolan diagram for one {@link DiagramDocument}: every operation the client can send has a handler (an
 * unhandled one would end the session), and every handler edits through the document's command stack.
 */
public class PortolanDiagramModule extends DiagramModule {

	public static final String DIAGRAM_TYPE = "portolan-diagram";

	private final DiagramDocument document;
	private final DiagramExports exports;

	public PortolanDiagramModule(DiagramDocument document, DiagramExports exports) {
		this.document = document;
		this.exports = exports;
	}

	@Override
	protected void configureBase() {
		super.configureBase();
		bind(DiagramDocument.class).toInstance(document);
		bind(DiagramExports.class).toInstance(exports);
	}

	@Override
	protected Class<? extends GModelState> bindGModelState() {
		return PortolanModelState.class;
	}

	@Override
	protected Class<? extends DiagramConfiguration> bindDiagramConfiguration() {
		return PortolanDiagramConfiguration.class;
	}

	@Override
	protected Class<? extends SourceModelStorage> bindSourceModelStorage() {
		return PortolanSourceModelStorage.class;
	}

	@Override
	protected Class<? extends GModelFactory> bindGModelFactory() {
		return PortolanGModelFactory.class;
	}

	@Override
	protected Class<? extends ModelValidator> bindModelValidator() {
		return PortolanModelValidator.class;
	}

	@Override
	protected Class<? extends ToolPaletteItemProvider> bindToolPaletteItemProvider() {
		return PortolanToolPalette.class;
	}

	@Override
	protected void configureActionHandlers(MultiBinding<ActionHandler> binding) {
		super.configureActionHandlers(binding);
		binding.rebind(org.eclipse.glsp.server.features.core.model.ComputedBoundsActionHandler.class,
				PortolanComputedBoundsActionHandler.class);
		binding.add(SetFilterActionHandler.class);
		binding.add(ExportSvgActionHandler.class);
		binding.add(PortolanSourceModelStorage.RefreshActionHandler.class);
	}

	@Override
	protected void configureOperationHandlers(MultiBinding<OperationHandler<?>> binding) {
		super.configureOperationHandlers(binding);
		// GLSP's default layout handler needs a GModel layout engine; layout here is the core's ELK engine
		binding.remove(org.eclipse.glsp.server.operations.LayoutOperationHandler.class);
		binding.add(CreateNodeHandler.class);
		binding.add(CreateConnectorHandler.class);
		binding.add(DeleteHandler.class);
		binding.add(ReconnectHandler.class);
		binding.add(ChangeBoundsHandler.class);
		binding.add(ChangeRoutingPointsHandler.class);
		binding.add(ApplyLabelEditHandler.class);
		binding.add(LayoutHandler.class);
	}

	@Override
	public String getDiagramType() {
		return DIAGRAM_TYPE;
	}
}
