package org.portolan.dsl.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** Turns validation issues into problem markers of a file (Problems view, editor ruler, double-click). */
public final class PortolanMarkers {

	public static final String MARKER_TYPE = "org.portolan.dsl.ui.problem";
	public static final String RULE_ID = "ruleId";
	public static final String URI_FRAGMENT = "uriFragment";

	/** Rule ids look like {@code FW-PORT-001} or {@code EXCH2007-INSTALL-001}. */
	private static final Pattern RULE_ID_PATTERN = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
	private static final Pattern MESSAGE_PREFIX = Pattern.compile("\\[(" + RULE_ID_PATTERN.pattern() + ")\\] ");

	private PortolanMarkers() {
	}

	/**
	 * Replaces the Portolan markers of {@code file} with markers for {@code issues} (those of this file). Runs as one
	 * workspace operation under the file's rule, so the builder, the editor's reconciler and a revalidation after a
	 * preference change never interleave their deletes and creates on the same file.
	 */
	public static void replace(IFile file, List<Issue> issues) throws CoreException {
		if (!file.exists()) {
			return;
		}
		String fileUri = PortolanDocuments.uriOf(file).toString();
		List<Map<String, Object>> markers = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getUriToProblem() == null || fileUri.equals(issue.getUriToProblem().trimFragment().toString())) {
				markers.add(attributes(issue));
			}
		}
		file.getWorkspace().run(monitor -> {
			if (file.exists()) {
				file.deleteMarkers(MARKER_TYPE, true, IResource.DEPTH_ZERO);
				for (Map<String, Object> attributes : markers) {
					file.createMarker(MARKER_TYPE, attributes);
				}
			}
		}, file, IWorkspace.AVOID_UPDATE, null);
	}

	private static Map<String, Object> attributes(Issue issue) {
		Map<String, Object> a = new HashMap<>();
		String ruleId = ruleId(issue);
		a.put(IMarker.SEVERITY, severity(issue.getSeverity()));
		boolean prefixed = ruleId != null && issue.getMessage() != null && issue.getMessage().startsWith("[" + ruleId + "]");
		a.put(IMarker.MESSAGE, ruleId != null && !prefixed ? ruleId + " " + issue.getMessage() : issue.getMessage());
		if (issue.getLineNumber() != null) {
			a.put(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
			a.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null && issue.getLength() != null) {
			a.put(IMarker.CHAR_START, issue.getOffset().intValue());
			a.put(IMarker.CHAR_END, issue.getOffset().intValue() + Math.max(issue.getLength().intValue(), 1));
		}
		if (ruleId != null) {
			a.put(RULE_ID, ruleId);
		}
		if (issue.getUriToProblem() != null && issue.getUriToProblem().fragment() != null) {
			a.put(URI_FRAGMENT, issue.getUriToProblem().fragment());
		}
		return a;
	}

	/**
	 * The validation rule id carried by an issue, or null for parser/linker issues: from the issue code (Xtext checks)
	 * or from the {@code [RULE-ID]} prefix the design rules put on their messages (their EMF diagnostics carry no
	 * code Xtext can pass on).
	 */
	public static String ruleId(Issue issue) {
		String code = issue.getCode();
		if (code != null) {
			String last = code.substring(code.lastIndexOf('.') + 1);
			if (RULE_ID_PATTERN.matcher(last).matches()) {
				return last;
			}
		}
		java.util.regex.Matcher prefix = MESSAGE_PREFIX.matcher(issue.getMessage() == null ? "" : issue.getMessage());
		return prefix.lookingAt() ? prefix.group(1) : null;
	}

	private static int severity(Severity severity) {
		return switch (severity) {
			case ERROR -> IMarker.SEVERITY_ERROR;
			case WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		};
	}
}
