package org.portolan.dsl.ui;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Model edits made outside the text (Properties view, explorer, diagram) become text edits: the element is
 * changed in a fresh parse of the editor's text and Xtext's change serializer rewrites only the regions
 * that changed, so comments and formatting elsewhere stay as the user wrote them. Each edit is an EMF
 * command on the editor's command stack, so it can be undone and redone.
 */
public final class PortolanModelEditing {

	private PortolanModelEditing() {
	}

	/** Thrown when the text cannot take a model edit (e.g. it has syntax errors); the text is left untouched. */
	public static final class RefusedEdit extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public RefusedEdit(String message) {
			super(message);
		}
	}

	/**
	 * Changes the element that {@code uriFragment} denotes in the editor's current text with {@code change}
	 * and returns the executed command (already on the editor's command stack).
	 */
	public static AbstractCommand edit(PortolanEditor editor, String label, String uriFragment, Consumer<EObject> change) {
		IDocument document = editor.getDocument();
		String before = document.get();
		XtextResource resource = PortolanDocuments.parse(editor.getFile(), before);
		if (PortolanDocuments.hasSyntaxErrors(resource)) {
			throw new RefusedEdit(editor.getFile().getName()
					+ " has syntax errors; fix the text first. The model was not changed and the text is untouched.");
		}
		EObject element = resource.getEObject(uriFragment);
		if (element == null) {
			throw new RefusedEdit("The element " + uriFragment + " is no longer in " + editor.getFile().getName());
		}
		String after = PortolanLanguage.services().edit(resource, root -> change.accept(element))
				.getOrDefault(resource.getURI(), before);
		TextEditCommand command = new TextEditCommand(label, document, before, after);
		editor.getCommandStack().execute(command);
		return command;
	}

	/** Replaces the document text by the edited text, touching only the region that differs. */
	static final class TextEditCommand extends AbstractCommand {
		private final IDocument document;
		private final String before;
		private final String after;

		TextEditCommand(String label, IDocument document, String before, String after) {
			super(label);
			this.document = document;
			this.before = before;
			this.after = after;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			replace(before, after);
		}

		@Override
		public void undo() {
			replace(after, before);
		}

		@Override
		public void redo() {
			execute();
		}

		private void replace(String from, String to) {
			if (!document.get().equals(from)) {
				throw new RefusedEdit("The text changed since this edit; undo it in the text instead.");
			}
			try {
				replaceChangedRegion(document, to);
			} catch (BadLocationException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * Makes the document's text {@code to} by replacing only the region between the common prefix and suffix,
	 * so markers, cursor and undo history outside that region stay where they are.
	 */
	public static void replaceChangedRegion(IDocument document, String to) throws BadLocationException {
		String from = document.get();
		int start = 0;
		while (start < from.length() && start < to.length() && from.charAt(start) == to.charAt(start)) {
			start++;
		}
		int endFrom = from.length();
		int endTo = to.length();
		while (endFrom > start && endTo > start && from.charAt(endFrom - 1) == to.charAt(endTo - 1)) {
			endFrom--;
			endTo--;
		}
		document.replace(start, endFrom - start, to.substring(start, endTo));
	}

	/** A command stack per editor (undo/redo of model edits). */
	public static BasicCommandStack newCommandStack() {
		return new BasicCommandStack();
	}
}
