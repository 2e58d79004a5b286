package org.portolan.catalog;

import java.util.Objects;

/**
 * A problem found while loading catalogs: bad syntax, an unknown role, an invalid port or range, a
 * missing source, a role id declared twice. Always names the file and line it is about.
 */
public final class CatalogProblem {

	/** How serious a problem is. */
	public enum Severity {
		/** The entry or file is wrong; the catalog must be fixed. */
		ERROR,
		/** Suspicious but usable. */
		WARNING
	}

	private final Severity severity;
	private final String location;
	private final int line;
	private final String message;

	public CatalogProblem(Severity severity, String location, int line, String message) {
		this.severity = Objects.requireNonNull(severity);
		this.location = Objects.requireNonNull(location);
		this.line = line;
		this.message = Objects.requireNonNull(message);
	}

	public Severity getSeverity() {
		return severity;
	}

	/** The file (path as given, or {@code catalogs/<name>} for a shipped catalog). */
	public String getLocation() {
		return location;
	}

	/** 1-based line, 0 when the problem concerns the whole file. */
	public int getLine() {
		return line;
	}

	public String getMessage() {
		return message;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

	/** {@code file:line: severity: message}, the form shown to users. */
	@Override
	public String toString() {
		return location + ":" + line + ": " + severity.name().toLowerCase() + ": " + message;
	}
}
