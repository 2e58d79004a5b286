package org.portolan.dsl.formatting2;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.IHiddenRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;
import org.portolan.model.Import;
import org.portolan.model.NamedElement;
import org.portolan.model.PasswordPolicy;
import org.portolan.model.PortSpec;
import org.portolan.model.PortolanModel;

/**
 * Layout of .portolan files, decided once per gap between two tokens:
 * <ul>
 * <li>every statement starts on its own line (at most one blank line is kept between statements);</li>
 * <li>{@code {} ... {}} blocks are indented by one level; continuation lines of a one-statement element are
 * indented by one more level (line breaks the author put inside a statement are kept, at most one);</li>
 * <li>one space between the words of a statement, none before {@code ,} and {@code ;}, none inside port lists and
 * ranges ({@code 5075,5076}, {@code 50000-59999}).</li>
 * </ul>
 * Gaps that hold a comment are left exactly as written (comments keep their place and alignment).
 */
public class PortolanFormatter extends AbstractFormatter2 {

	@Override
	public void format(Object obj, IFormattableDocument doc) {
		if (obj instanceof XtextResource resource && !resource.getContents().isEmpty()) {
			formatAll(resource.getContents().get(0), doc);
		} else if (obj instanceof EObject o && o.eContainer() == null) {
			formatAll(o, doc);
		}
	}

	private void formatAll(EObject root, IFormattableDocument doc) {
		ITextRegionAccess access = getTextRegionAccess();
		Set<ISemanticRegion> statementStarts = new HashSet<>();
		List<EObject> leafStatements = new ArrayList<>();
		List<EObject> all = new ArrayList<>();
		all.add(root);
		root.eAllContents().forEachRemaining(all::add);
		for (EObject o : all) {
			if (o == root || !isStatement(o)) {
				continue;
			}
			IEObjectRegion region = access.regionForEObject(o);
			if (region == null) {
				continue;
			}
			Iterator<ISemanticRegion> tokens = region.getAllSemanticRegions().iterator();
			if (tokens.hasNext()) {
				statementStarts.add(tokens.next());
			}
			if (region.getRegionFor().keyword("{") == null) {
				leafStatements.add(o);
			}
		}
		IEObjectRegion rootRegion = access.regionForEObject(root);
		if (rootRegion == null) {
			return;
		}
		for (ISemanticRegion a : rootRegion.getAllSemanticRegions()) {
			ISemanticRegion b = a.getNextSemanticRegion();
			if (b == null) {
				break;
			}
			IHiddenRegion gap = a.getNextHiddenRegion();
			if (gap.containsComment()) {
				continue; // comments keep their position and alignment exactly as written
			}
			doc.set(gap, decide(a, b, statementStarts));
		}
		// indentation: { ... } blocks, and continuation lines of one-statement elements
		for (EObject o : all) {
			IEObjectRegion region = access.regionForEObject(o);
			if (region == null) {
				continue;
			}
			ISemanticRegion open = region.getRegionFor().keyword("{");
			ISemanticRegion close = region.getRegionFor().keyword("}");
			if (open != null && close != null) {
				doc.interior(open, close, IHiddenRegionFormatter::indent);
			}
		}
		for (EObject o : leafStatements) {
			IEObjectRegion region = access.regionForEObject(o);
			ISemanticRegion first = null;
			ISemanticRegion last = null;
			for (ISemanticRegion r : region.getAllSemanticRegions()) {
				if (first == null) {
					first = r;
				}
				last = r;
			}
			if (first != null && last != null && first != last) {
				doc.interior(first, last, IHiddenRegionFormatter::indent);
			}
		}
	}

	private Procedure1<IHiddenRegionFormatter> decide(ISemanticRegion a, ISemanticRegion b,
			Set<ISemanticRegion> statementStarts) {
		if (is(b, "}")) {
			return IHiddenRegionFormatter::newLine;
		}
		if (is(a, "{")) {
			return IHiddenRegionFormatter::newLine;
		}
		if (statementStarts.contains(b)) {
			return f -> f.setNewLines(1, 1, 2);
		}
		if (is(b, "{")) {
			return IHiddenRegionFormatter::oneSpace;
		}
		if (is(b, ",") || is(b, ";")) {
			return IHiddenRegionFormatter::noSpace;
		}
		if (is(a, ",")) {
			return a.getSemanticElement() instanceof PortSpec ? IHiddenRegionFormatter::noSpace
					: IHiddenRegionFormatter::oneSpace;
		}
		if (is(a, "-") || is(b, "-")) {
			return IHiddenRegionFormatter::noSpace;
		}
		return f -> {
			f.setNewLines(0, 0, 1);
			f.oneSpace();
		};
	}

	private static boolean is(ISemanticRegion r, String keyword) {
		return r.getGrammarElement() instanceof Keyword k && keyword.equals(k.getValue());
	}

	/** Statements start on their own line: declared elements, imports, the password policy. */
	static boolean isStatement(EObject o) {
		return (o instanceof NamedElement && !(o instanceof PortolanModel)) || o instanceof Import
				|| o instanceof PasswordPolicy;
	}
}
