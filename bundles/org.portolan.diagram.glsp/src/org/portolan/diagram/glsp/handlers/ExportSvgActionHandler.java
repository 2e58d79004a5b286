package org.portolan.diagram.glsp.handlers;

import java.util.List;

import org.eclipse.glsp.server.actions.AbstractActionHandler;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ExportSVGAction;
import org.portolan.diagram.glsp.DiagramExports;

import com.google.inject.Inject;

/** The client's "Export SVG": the SVG it rendered goes to the exporter of the host (file dialog, test sink). */
public class ExportSvgActionHandler extends AbstractActionHandler<ExportSVGAction> {

	@Inject
	protected DiagramExports exports;

	@Override
	protected List<Action> executeAction(ExportSVGAction action) {
		exports.svgFromClient(action.getSvg());
		return none();
	}
}
