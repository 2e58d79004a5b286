package org.portolan.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** Severity of a finding, mapped to EMF {@link Diagnostic} severities. */
public enum Severity {
	ERROR(Diagnostic.ERROR), WARNING(Diagnostic.WARNING), INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}
}
