package org.portolan.dsl.ide.services;

import java.util.function.Consumer;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Model edits made outside the text (Properties view, explorer, diagram) become text edits: the element is changed
 * in a fresh parse of the current text and Xtext's change serializer rewrites only the regions that changed, so
 * comments and formatting elsewhere stay as the user wrote them. Each edit is an EMF command, undoable on the
 * file's command stack. The one implementation behind the workbench's Properties edits and the diagram's edits.
 */
public final class ModelTextEdits {

	private ModelTextEdits() {
	}

	/** Thrown when the text cannot take a model edit (e.g. it has syntax errors); the text is left untouched. */
	public static final class RefusedEdit extends RuntimeException {
		private static final long serialVersionUID = 1L;

		public RefusedEdit(String message) {
			super(message);
		}
	}

	/** The text being edited: the workbench's document of the file, or a plain buffer outside the workbench. */
	public interface EditableText {
		String get();

		void replace(int offset, int length, String text);
	}

	/**
	 * The text after {@code change} was applied to the model of {@code parsed} (a fresh parse of the current text,
	 * which {@code change} may modify freely). Refuses a text with syntax errors: the serializer would drop what the
	 * parser skipped.
	 */
	public static String editedText(PortolanEditorServices services, XtextResource parsed, String before,
			String fileName, Consumer<EObject> change) {
		if (parsed.getParseResult() != null && parsed.getParseResult().hasSyntaxErrors()) {
			throw new RefusedEdit(fileName + " has syntax errors; fix the text first. Nothing was changed.");
		}
		if (parsed.getContents().isEmpty()) {
			throw new RefusedEdit(fileName + " has no model to edit.");
		}
		return services.edit(parsed, change::accept).getOrDefault(parsed.getURI(), before);
	}

	/**
	 * Makes the text {@code to} by replacing only the region between the common prefix and suffix, so markers,
	 * cursor and undo history outside that region stay where they are.
	 */
	public static void replaceChangedRegion(EditableText text, String to) {
		String from = text.get();
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
		text.replace(start, endFrom - start, to.substring(start, endTo));
	}

	/**
	 * A model edit as the text before and after it. Undo puts the text back only if nobody typed in between (else it
	 * refuses: the text editor's own undo covers that). Subclasses add what changes with the text (the diagram's
	 * layout sidecar) in {@link #applied()} and {@link #reverting()}.
	 */
	public static class TextEditCommand extends AbstractCommand {
		private final EditableText text;
		private final String before;
		private final String after;

		public TextEditCommand(String label, EditableText text, String before, String after) {
			super(label);
			this.text = text;
			this.before = before;
			this.after = after;
		}

		@Override
		protected boolean prepare() {
			return true;
		}

		@Override
		public void execute() {
			requireText(before);
			replace(before, after);
			applied();
		}

		@Override
		public void undo() {
			requireText(after); // before reverting what goes with the text: a refused undo changes nothing
			reverting();
			replace(after, before);
		}

		@Override
		public void redo() {
			execute();
		}

		/** After the text became {@code after} (execute and redo). */
		protected void applied() {
		}

		/** Before the text goes back to {@code before} (undo). */
		protected void reverting() {
		}

		public boolean changesText() {
			return !before.equals(after);
		}

		private void requireText(String expected) {
			if (!before.equals(after) && !text.get().equals(expected)) {
				throw new RefusedEdit("The text changed since this edit; undo it in the text instead.");
			}
		}

		private void replace(String from, String to) {
			if (!from.equals(to)) {
				replaceChangedRegion(text, to);
			}
		}
	}
}
