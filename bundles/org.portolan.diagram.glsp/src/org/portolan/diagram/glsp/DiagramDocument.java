package org.portolan.diagram.glsp;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ide.services.DocumentText;
import org.portolan.dsl.ide.services.ModelTextEdits;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;
import org.portolan.dsl.ide.services.PortolanEditorServices;
import org.portolan.diagram.DiagramLayout;
import org.portolan.model.Topology;

/**
 * The model the diagram shows and edits: the text of one {@code .portolan} file (the same {@link IDocument} the
 * text editor edits, through the workbench's file buffers), its parsed EMF resource and the diagram layout kept
 * beside it. Every edit is an EMF command on one command stack: a model edit rewrites the text through Xtext's
 * change serializer (only the changed regions; comments elsewhere stay), a layout edit changes only the sidecar.
 * The text follows diagram edits because edits are text edits; the diagram follows text edits because it is
 * rebuilt from a parse of the current text whenever the text changed.
 */
public class DiagramDocument {


	/** Runs model access on the thread that owns the document (the UI thread in the workbench). */
	public interface Access {
		<T> T run(Callable<T> work);

		Access DIRECT = new Access() {
			@Override
			public <T> T run(Callable<T> work) {
				try {
					return work.call();
				} catch (RuntimeException e) {
					throw e;
				} catch (Exception e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}

	private final URI uri;
	private final IDocument document;
	private final Function<String, XtextResource> parser;
	private final PortolanEditorServices services;
	private final CommandStack commandStack;
	private final DiagramLayout layout;
	private final Access access;
	private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
	private final DocumentText editableText;
	private volatile Runnable saveAction;

	private String parsedText;
	private XtextResource parsed;

	private final IDocumentListener documentListener = new IDocumentListener() {
		@Override
		public void documentAboutToBeChanged(DocumentEvent event) {
		}

		@Override
		public void documentChanged(DocumentEvent event) {
			listeners.forEach(Runnable::run);
		}
	};

	/**
	 * @param uri          the EMF URI of the file (platform:/resource/... in the workbench, file:/... elsewhere)
	 * @param document     the text
	 * @param parser       parses a text of this file with its catalogs and neighbours (a fresh resource each time)
	 * @param services     the language's edit services (change serializer)
	 * @param commandStack the command stack shared with the workbench (undo/redo)
	 * @param layout       the layout sidecar of this file
	 * @param access       how to reach the thread that owns the document
	 */
	public DiagramDocument(URI uri, IDocument document, Function<String, XtextResource> parser,
			PortolanEditorServices services, CommandStack commandStack, DiagramLayout layout, Access access) {
		this.uri = uri;
		this.document = document;
		this.parser = parser;
		this.services = services;
		this.commandStack = commandStack == null ? new BasicCommandStack() : commandStack;
		this.layout = layout;
		this.access = access == null ? Access.DIRECT : access;
		this.editableText = new DocumentText(document);
		document.addDocumentListener(documentListener);
	}

	public URI uri() {
		return uri;
	}

	public IDocument textDocument() {
		return document;
	}

	public CommandStack commandStack() {
		return commandStack;
	}

	public DiagramLayout layout() {
		return layout;
	}

	public Access access() {
		return access;
	}

	/** Called after the text changed by any means (text editor, diagram, undo). */
	public void addChangeListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeChangeListener(Runnable listener) {
		listeners.remove(listener);
	}

	public void dispose() {
		document.removeDocumentListener(documentListener);
		listeners.clear();
	}

	/** What saving does (the editor writes the text atomically and the layout sidecar). */
	public void setSaveAction(Runnable saveAction) {
		this.saveAction = saveAction;
	}

	public void save() {
		Runnable action = saveAction;
		if (action == null) {
			throw new IllegalStateException("No save action for " + uri);
		}
		access.run(() -> {
			action.run();
			return null;
		});
		if (commandStack instanceof BasicCommandStack basic) {
			basic.saveIsDone();
		}
	}

	public String text() {
		return access.run(document::get);
	}

	/** The parsed model of the current text (parsed again only when the text changed). */
	public synchronized XtextResource resource() {
		String text = text();
		if (parsed == null || !text.equals(parsedText)) {
			parsed = parser.apply(text);
			parsedText = text;
		}
		return parsed;
	}

	/** The topology of the current text, or null when the text has none (e.g. a catalog). */
	public Topology topology() {
		XtextResource resource = resource();
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology ? topology
				: null;
	}

	public boolean hasSyntaxErrors() {
		XtextResource resource = resource();
		return resource.getParseResult() != null && resource.getParseResult().hasSyntaxErrors();
	}

	/**
	 * Builds (does not execute) the command that applies {@code change} to the model of the current text and writes
	 * the result back into the text. {@code change} receives the topology of a fresh parse; elements found with
	 * {@link #resolve} in that parse may be changed freely. The layout change, if any, is applied with it.
	 */
	public synchronized Command edit(String label, Consumer<Topology> change, LayoutChange layoutChange) {
		String before = text();
		XtextResource resource = parser.apply(before);
		if (!resource.getContents().isEmpty() && !(resource.getContents().get(0) instanceof Topology)) {
			throw new RefusedEdit(uri.lastSegment() + " has no topology to edit.");
		}
		String after = ModelTextEdits.editedText(services, resource, before, uri.lastSegment(),
				root -> change.accept((Topology) root));
		return new DiagramEditCommand(label, before, after, layoutChange);
	}

	/** Builds (does not execute) a layout-only command: the text is not touched, the sidecar changes. */
	/**
	 * A layout-only edit: {@code change} works on a copy of the current layout (taken under its lock); the command
	 * sets the layout to that copy and undo puts the snapshot back.
	 */
	public Command layoutEdit(String label, java.util.function.Consumer<DiagramLayout> change) {
		DiagramLayout before;
		DiagramLayout after;
		synchronized (layout) {
			before = new DiagramLayout(layout);
			after = new DiagramLayout(layout);
		}
		change.accept(after);
		return layoutEdit(label, snapshotChange(before, after));
	}

	public Command layoutEdit(String label, LayoutChange layoutChange) {
		String text = text();
		return new DiagramEditCommand(label, text, text, layoutChange);
	}

	/** A layout change that sets the layout to {@code after} and back to {@code before} (whole snapshots). */
	public static LayoutChange snapshotChange(DiagramLayout before, DiagramLayout after) {
		return new LayoutChange() {
			@Override
			public void apply(DiagramLayout layout) {
				synchronized (layout) {
					layout.setTo(after);
				}
			}

			@Override
			public void revert(DiagramLayout layout) {
				synchronized (layout) {
					layout.setTo(before);
				}
			}
		};
	}

	/** Finds the element of a fresh parse that corresponds to {@code element} of {@link #resource()}. */
	public static EObject resolve(Topology freshTopology, EObject element) {
		if (element == null || element.eResource() == null) {
			return null;
		}
		String fragment = element.eResource().getURIFragment(element);
		return freshTopology.eResource().getEObject(fragment);
	}

	/** Executes {@code command} on the shared command stack, on the document's thread. */
	public void execute(Command command) {
		access.run(() -> {
			commandStack.execute(command);
			return null;
		});
	}

	/** A layout-only change (positions and sizes in the sidecar), undoable with the model edits. */
	public interface LayoutChange {
		void apply(DiagramLayout layout);

		void revert(DiagramLayout layout);
	}

	/** A model edit (text before/after) plus an optional layout change, as one undoable command. */
	final class DiagramEditCommand extends ModelTextEdits.TextEditCommand {
		private final LayoutChange layoutChange;

		DiagramEditCommand(String label, String before, String after, LayoutChange layoutChange) {
			super(label, editableText, before, after);
			this.layoutChange = layoutChange;
		}

		@Override
		protected void applied() {
			if (layoutChange != null) {
				layoutChange.apply(layout);
			}
		}

		@Override
		protected void reverting() {
			if (layoutChange != null) {
				layoutChange.revert(layout);
			}
		}
	}
}
