package org.portolan.dsl.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.resource.XtextResource;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanLanguage;

/**
 * Semantic highlighting: after each reconcile, asks the language's semantic highlighting calculator which
 * ranges are declarations, references, catalog roles … and merges their styles over the lexical colours.
 */
public class PortolanSemanticHighlighter implements ITextPresentationListener {

	private static final Color REFERENCE = new Color(0, 80, 160);
	private static final Color DECLARATION = new Color(0, 0, 0);

	private final PortolanEditor editor;
	private volatile List<StyleRange> ranges = List.of();

	public PortolanSemanticHighlighter(PortolanEditor editor) {
		this.editor = editor;
	}

	public void install(ISourceViewer viewer) {
		if (viewer instanceof ITextViewerExtension4 ext) {
			ext.addTextPresentationListener(this);
		}
		editor.addModelListener(this::update);
	}

	private void update(XtextResource resource) {
		List<StyleRange> computed = compute(resource);
		ranges = computed;
		Display display = Display.getDefault();
		display.asyncExec(() -> {
			ISourceViewer viewer = editor.viewer();
			if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
				viewer.invalidateTextPresentation();
			}
		});
	}

	/** Style ranges for a parsed model (package-visible for tests). */
	static List<StyleRange> compute(XtextResource resource) {
		List<StyleRange> result = new ArrayList<>();
		for (var highlight : PortolanLanguage.services().semanticHighlighting(resource)) {
			if (highlight.length() <= 0 || highlight.style() == null || highlight.style().isEmpty()) {
				continue;
			}
			StyleRange range = new StyleRange();
			range.start = highlight.offset();
			range.length = highlight.length();
			String id = highlight.style().toLowerCase();
			if (id.contains("reference") || id.contains("role")) {
				range.foreground = REFERENCE;
				range.fontStyle = SWT.ITALIC;
			} else if (id.contains("declaration") || id.contains("name")) {
				range.foreground = DECLARATION;
				range.fontStyle = SWT.BOLD;
			} else {
				range.fontStyle = SWT.ITALIC;
			}
			result.add(range);
		}
		return result;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		int end = presentation.getExtent().getOffset() + presentation.getExtent().getLength();
		List<StyleRange> inExtent = new ArrayList<>();
		for (StyleRange range : ranges) {
			if (range.start >= presentation.getExtent().getOffset() && range.start + range.length <= end) {
				inExtent.add(range);
			}
		}
		if (!inExtent.isEmpty()) {
			presentation.mergeStyleRanges(inExtent.toArray(StyleRange[]::new));
		}
	}
}
