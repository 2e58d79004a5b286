package org.portolan.diagram;

/**
 * A mapping spec that cannot be read or interpreted. The message starts with the file and either the line
 * ({@code portolan.diagram.json:12: ...}, JSON syntax) or the JSON pointer of the offending value
 * ({@code portolan.diagram.json: /nodes/2/label: ...}).
 */
public final class DiagramSpecException extends Exception {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final String pointer;

	public DiagramSpecException(String file, int line, String pointer, String message, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + (pointer != null ? ": " + pointer : "") + ": " + message, cause);
		this.file = file;
		this.line = line;
		this.pointer = pointer;
	}

	/** The spec's file name (or the name given to the stream). */
	public String file() {
		return file;
	}

	/** 1-based line of a syntax error, 0 when the problem is named by {@link #pointer()}. */
	public int line() {
		return line;
	}

	/** JSON pointer of the offending value ({@code /nodes/2/label}), {@code null} for syntax errors. */
	public String pointer() {
		return pointer;
	}
}
