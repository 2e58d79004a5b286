package org.portolan.dsl.parser.antlr;

import org.antlr.runtime.BitSet;
import org.antlr.runtime.IntStream;
import org.antlr.runtime.RecognitionException;

/**
 * A token that cannot continue the statement being parsed (nor start the next one); the parser skipped it and the
 * tokens after it up to the next token that fits. {@link #expected} are the token types that would have fitted at that
 * point; {@link #endOfFileExpected} tells whether the file could also have ended there.
 */
public class UnexpectedTokensException extends RecognitionException {

	private static final long serialVersionUID = 1L;

	public final transient BitSet expected;

	public final boolean endOfFileExpected;

	public UnexpectedTokensException(IntStream input, BitSet expected, boolean endOfFileExpected) {
		super(input);
		this.expected = expected;
		this.endOfFileExpected = endOfFileExpected;
	}
}
