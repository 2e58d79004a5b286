package org.portolan.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with {@code {expression}} placeholders ({@code "{name} ({kind})"}); a placeholder with several values joins
 * them with ", ", one without a value gives the empty text. {@code {{} } writes a literal brace.
 */
public final class DiagramTemplate {

	private final String text;
	private final List<Object> parts; // String or DiagramExpression

	private DiagramTemplate(String text, List<Object> parts) {
		this.text = text;
		this.parts = parts;
	}

	public static DiagramTemplate parse(String text) {
		List<Object> parts = new ArrayList<>();
		StringBuilder lit = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (c == '{' && text.startsWith("{{}", i)) {
				lit.append('{');
				i += 3;
			} else if (c == '{') {
				int end = text.indexOf('}', i);
				if (end < 0) {
					throw new IllegalArgumentException("template '" + text + "': '{' at column " + (i + 1) + " is not closed");
				}
				if (lit.length() > 0) {
					parts.add(lit.toString());
					lit.setLength(0);
				}
				parts.add(DiagramExpression.parse(text.substring(i + 1, end)));
				i = end + 1;
			} else {
				lit.append(c);
				i++;
			}
		}
		if (lit.length() > 0) {
			parts.add(lit.toString());
		}
		return new DiagramTemplate(text, List.copyOf(parts));
	}

	public String text() {
		return text;
	}

	/** True when the template has no placeholder with a value for {@code self} (a detail line that is omitted). */
	public boolean isEmptyFor(Object self, DiagramExpression.Variables vars) {
		boolean any = false;
		for (Object p : parts) {
			if (p instanceof DiagramExpression e) {
				any = true;
				if (!e.values(self, vars).isEmpty()) {
					return false;
				}
			}
		}
		return any;
	}

	public String render(Object self, DiagramExpression.Variables vars) {
		StringBuilder sb = new StringBuilder();
		for (Object p : parts) {
			if (p instanceof DiagramExpression e) {
				List<Object> values = e.values(self, vars);
				for (int i = 0; i < values.size(); i++) {
					if (i > 0) {
						sb.append(", ");
					}
					sb.append(DiagramExpression.text(values.get(i)));
				}
			} else {
				sb.append(p);
			}
		}
		return sb.toString().trim();
	}

	@Override
	public String toString() {
		return text;
	}
}
