package org.portolan.dsl.ui;

import java.util.function.Consumer;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ide.services.DocumentText;
import org.portolan.dsl.ide.services.ModelTextEdits;
import org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit;
import org.portolan.dsl.ide.services.ModelTextEdits.TextEditCommand;

/**
 * Model edits of the workbench (Properties view, explorer): {@link ModelTextEdits} on the editor's document, executed
 * on the file's command stack, which the text editor and the diagram editor of that file share
 * ({@link PortolanCommandStacks}).
 */
public final class PortolanModelEditing {

	private PortolanModelEditing() {
	}

	/**
	 * Changes the element that {@code uriFragment} denotes in the editor's current text with {@code change}
	 * and returns the executed command (already on the file's command stack).
	 */
	public static AbstractCommand edit(PortolanEditor editor, String label, String uriFragment, Consumer<EObject> change) {
		return edit(editor.getFile(), editor.getDocument(), editor.getCommandStack(), label, uriFragment, change);
	}

	/**
	 * Changes the element that {@code uriFragment} denotes in the current text of {@code file} (its open
	 * {@code document}) and executes the edit on {@code stack}; whichever editor (text or diagram) holds the file.
	 */
	public static AbstractCommand edit(IFile file, IDocument document, CommandStack stack, String label,
			String uriFragment, Consumer<EObject> change) {
		String before = document.get();
		XtextResource resource = PortolanDocuments.parse(file, before);
		String fileName = file.getName();
		EObject element = resource.getEObject(uriFragment);
		if (element == null && !PortolanDocuments.hasSyntaxErrors(resource)) {
			throw new RefusedEdit("The element " + uriFragment + " is no longer in " + fileName);
		}
		String after = ModelTextEdits.editedText(PortolanLanguage.services(), resource, before, fileName,
				root -> change.accept(element));
		TextEditCommand command = new TextEditCommand(label, new DocumentText(document), before, after);
		stack.execute(command);
		return command;
	}
}
