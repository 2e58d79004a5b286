package org.portolan.diagram.glsp;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.glsp.server.model.DefaultGModelState;
import org.portolan.diagram.DiagramFilter;
import org.portolan.diagram.DiagramGraph;
import org.portolan.diagram.DiagramLayout;
import org.portolan.diagram.DiagramMapper;

import com.google.inject.Inject;

/**
 * The diagram session's state: the shared {@link DiagramDocument} (text, model, layout, command stack), the graph
 * last mapped from it and the layers and filters the user chose. Commands run on the document's shared stack and
 * on the thread that owns the document.
 */
public class PortolanModelState extends DefaultGModelState {

	protected final DiagramDocument document;

	private final DiagramMapper mapper = DiagramMapper.shipped();
	private volatile DiagramGraph graph;
	private volatile String renderedText;
	private volatile DiagramFilter filter = DiagramFilter.defaults(mapper.spec());
	/** Where the user dropped new elements (semantic key → absolute position), used when the element appears. */
	private final Map<String, DiagramLayout.Point> placements = new HashMap<>();

	@Inject
	public PortolanModelState(DiagramDocument document) {
		this.document = document;
	}

	@Override
	public void init() {
		super.init();
		setCommandStack(document.commandStack());
	}

	public DiagramDocument document() {
		return document;
	}

	public DiagramMapper mapper() {
		return mapper;
	}

	public DiagramGraph graph() {
		return graph;
	}

	public void setGraph(DiagramGraph graph) {
		this.graph = graph;
	}

	/** The text the current graph was mapped from. */
	public String renderedText() {
		return renderedText;
	}

	public void setRenderedText(String text) {
		this.renderedText = text;
	}

	public DiagramFilter filter() {
		return filter;
	}

	public void setFilter(DiagramFilter filter) {
		this.filter = filter;
	}

	public synchronized void place(String semanticKey, DiagramLayout.Point absolute) {
		placements.put(semanticKey, absolute);
	}

	public synchronized DiagramLayout.Point placement(String semanticKey) {
		return placements.get(semanticKey);
	}

	@Override
	public void execute(Command command) {
		document.execute(command);
	}

	@Override
	public boolean canUndo() {
		return document.access().run(() -> commandStack.canUndo());
	}

	@Override
	public boolean canRedo() {
		return document.access().run(() -> commandStack.canRedo());
	}

	@Override
	public void undo() {
		document.access().run(() -> {
			commandStack.undo();
			return null;
		});
	}

	@Override
	public void redo() {
		document.access().run(() -> {
			commandStack.redo();
			return null;
		});
	}

	@Override
	public boolean isDirty() {
		return commandStack instanceof BasicCommandStack basic && basic.isSaveNeeded();
	}
}
