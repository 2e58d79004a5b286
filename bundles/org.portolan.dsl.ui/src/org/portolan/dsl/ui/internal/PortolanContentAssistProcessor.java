package org.portolan.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.portolan.dsl.ui.PortolanDocuments;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/** Content assist from the Xtext IDE proposal provider: keywords, cross-references, catalog roles, ports. */
public class PortolanContentAssistProcessor implements IContentAssistProcessor {

	private final PortolanEditor editor;
	private String errorMessage;

	public PortolanContentAssistProcessor(PortolanEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IFile file = editor.getFile();
		if (file == null) {
			return new ICompletionProposal[0];
		}
		String text = viewer.getDocument().get();
		List<ContentAssistEntry> entries = proposals(file, text, offset);
		List<ICompletionProposal> result = new ArrayList<>();
		for (ContentAssistEntry entry : entries) {
			String prefix = entry.getPrefix() == null ? "" : entry.getPrefix();
			int start = Math.max(0, offset - prefix.length());
			String label = entry.getLabel() != null ? entry.getLabel() : entry.getProposal();
			if (entry.getDescription() != null && !entry.getDescription().isBlank()) {
				label = label + " — " + entry.getDescription();
			}
			result.add(new CompletionProposal(entry.getProposal(), start, offset - start, entry.getProposal().length(),
					null, label, null, entry.getDocumentation()));
		}
		errorMessage = result.isEmpty() ? "No proposals here" : null;
		return result.toArray(ICompletionProposal[]::new);
	}

	/** The proposals at {@code offset} of {@code text} (also used by tests and other views). */
	public static List<ContentAssistEntry> proposals(IFile file, String text, int offset) {
		return PortolanLanguage.services().complete(PortolanDocuments.parse(file, text), text, offset);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '.' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return errorMessage;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
