package org.portolan.diagram.glsp.handlers;

import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.glsp.server.features.directediting.ApplyLabelEditOperation;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.portolan.diagram.glsp.DiagramDocument;
import org.portolan.diagram.glsp.PortolanModelState;
import org.portolan.model.NamedElement;

import com.google.inject.Inject;
import org.portolan.diagram.DiagramElement;
import org.portolan.diagram.glsp.PortolanGModelFactory;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;

/** Inline rename: the new name goes into the text (references in the same file follow the rename). */
public class ApplyLabelEditHandler extends BasicOperationHandler<ApplyLabelEditOperation> {

	public static final java.util.regex.Pattern VALID_ID = java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*");

	@Inject
	protected PortolanModelState state;

	@Override
	public Class<ApplyLabelEditOperation> getHandledOperationType() {
		return ApplyLabelEditOperation.class;
	}

	@Override
	public String getLabel() {
		return "Rename";
	}

	@Override
	public Optional<Command> createCommand(ApplyLabelEditOperation operation) {
		EObject semantic = Edits.requireSemantic(state, operation.getLabelId());
		if (!(semantic instanceof NamedElement named)) {
			throw new RefusedEdit("This element has no name to edit.");
		}
		String name = nameIn(operation.getText() == null ? "" : operation.getText().trim(), named.getName(),
				labelText(operation.getLabelId()));
		if (!VALID_ID.matcher(name).matches()) {
			throw new RefusedEdit("'" + name + "' is not a valid name (letters, digits, '_' and '-').");
		}
		if (name.equals(named.getName())) {
			return doNothing();
		}
		return Optional.of(state.document().edit("Rename " + named.getName() + " to " + name,
				topology -> Edits.fresh(topology, named).setName(name), null));
	}

	/** The text the label shows now (e.g. "Site hq" or "dmz (PERIMETER)"), or null. */
	private String labelText(String labelId) {
		DiagramElement element = PortolanGModelFactory.elementOf(Edits.graph(state), labelId);
		return element == null ? null : element.label();
	}

	/**
	 * The new name in the edited label text: the mapping spec may put words around the name ("Site {name}",
	 * "{name} ({kind})"); when the user kept them, they are not part of the name.
	 */
	static String nameIn(String edited, String oldName, String shownLabel) {
		if (shownLabel == null || oldName == null) {
			return edited;
		}
		int at = shownLabel.indexOf(oldName);
		if (at < 0) {
			return edited;
		}
		String prefix = shownLabel.substring(0, at);
		String suffix = shownLabel.substring(at + oldName.length());
		if (edited.length() >= prefix.length() + suffix.length() && edited.startsWith(prefix) && edited.endsWith(suffix)) {
			return edited.substring(prefix.length(), edited.length() - suffix.length()).trim();
		}
		return edited;
	}
}
