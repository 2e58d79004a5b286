package org.portolan.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.portolan.dsl.ide.contentassist.PortolanProposals;
import org.portolan.dsl.ide.highlighting.PortolanSemanticHighlighting;

/**
 * IDE services of the Portolan language, used in-process by the workbench (no Xtext UI) and by the language
 * server.
 */
public class PortolanIdeModule extends AbstractPortolanIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return PortolanProposals.class;
	}

	/** Cross-reference proposals show catalog role labels and element descriptions. */
	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return org.portolan.dsl.ide.contentassist.PortolanCrossrefProposals.class;
	}

	/** Token ids for lexical highlighting come from the runtime grammar's token definitions. */
	public void configureHighlightingTokenDefProvider(com.google.inject.Binder binder) {
		binder.bind(org.eclipse.xtext.parser.antlr.ITokenDefProvider.class)
				.annotatedWith(com.google.inject.name.Names.named("org.eclipse.xtext.ui.editor.contentassist.antlr.internal.Lexer.HIGHLIGHTING"))
				.to(org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider.class);
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return PortolanSemanticHighlighting.class;
	}
}
