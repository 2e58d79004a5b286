package org.portolan.dsl.parser.antlr;

import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.portolan.dsl.parser.antlr.internal.InternalPortolanParser;

/**
 * The Portolan parser with statement-level error recovery ({@link RecoveringInternalPortolanParser}): a malformed
 * statement gives one error there, and the statements after it are still parsed. Bound as the IParser in
 * PortolanRuntimeModule, so the editor, the CLI and the language server all use it.
 */
public class PortolanRecoveringParser extends PortolanParser {

	@Override
	protected InternalPortolanParser createParser(XtextTokenStream stream) {
		return new RecoveringInternalPortolanParser(stream, getGrammarAccess());
	}
}
