package org.portolan.dsl.validation;

import org.eclipse.xtext.diagnostics.Diagnostic;

/** Stable issue codes of the Portolan language (domain validation rules get their own ids, e.g. FW-PORT-001). */
public final class IssueCodes {

	private static final String PREFIX = "org.portolan.dsl.";

	/** A reference names an element that no visible file declares (Xtext linking diagnostic). */
	public static final String UNRESOLVED_REFERENCE = Diagnostic.LINKING_DIAGNOSTIC;
	/** Text that does not follow the grammar (Xtext syntax diagnostic). */
	public static final String SYNTAX_ERROR = Diagnostic.SYNTAX_DIAGNOSTIC;
	/** Two elements of the same kind (all addressable elements count as one kind) share a qualified name in a file. */
	public static final String DUPLICATE_NAME = PREFIX + "duplicateName";

	/** A port number outside 0..65535. */
	public static final String PORT_OUT_OF_RANGE = PREFIX + "portOutOfRange";
	/** A port range whose start is greater than its end (5000-4000). */
	public static final String PORT_RANGE_REVERSED = PREFIX + "portRangeReversed";
	/** An import that names no existing file. */
	public static final String IMPORT_NOT_FOUND = PREFIX + "importNotFound";
	/** A catalog entry cites a document but no line numbers (and is not marked general-knowledge). */
	public static final String SOURCE_LINES_MISSING = PREFIX + "sourceLinesMissing";
	/** A catalog entry's source names no document. */
	public static final String SOURCE_DOCUMENT_MISSING = PREFIX + "sourceDocumentMissing";

	private IssueCodes() {
	}
}
