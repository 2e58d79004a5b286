package org.portolan.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.portolan.model.io.AtomicFiles;
import org.portolan.ui.browser.HtmlViewer;
import org.portolan.validation.PortolanValidation;
import org.portolan.validation.RuleChecker;
import org.portolan.validation.RuleInfo;
import org.portolan.validation.ValidationSettings;

/**
 * Help > Portolan Guide: the user guide shipped in {@code help/}, plus a rules reference generated from the rules of
 * this installation with the severities the user's preferences give them (so it cannot drift from the validator).
 */
public class OpenGuideHandler extends AbstractHandler {

	public static final String COMMAND_ID = "org.portolan.ui.openGuide";
	static final List<String> PAGES = List.of("guide.html", "guide.css");

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		try {
			Path guide = writeGuide(Platform.getStateLocation(bundle()).toFile().toPath().resolve("help"),
					ValidationSettings.current());
			HtmlViewer.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), guide, "Portolan Guide");
		} catch (Exception e) {
			throw new ExecutionException("Cannot open the Portolan Guide: " + e.getMessage(), e);
		}
		return null;
	}

	/** Writes the guide pages and {@code rules.html} into {@code folder}; returns the guide's start page. */
	public static Path writeGuide(Path folder, ValidationSettings settings) throws IOException {
		Files.createDirectories(folder);
		for (String page : PAGES) {
			URL url = FileLocator.find(bundle(), new org.eclipse.core.runtime.Path("help/" + page));
			if (url == null) {
				throw new IOException("help/" + page + " is missing from " + bundle().getSymbolicName());
			}
			try (InputStream in = url.openStream()) {
				AtomicFiles.write(folder.resolve(page), in.readAllBytes());
			}
		}
		AtomicFiles.write(folder.resolve("rules.html"), rulesPage(settings).getBytes(StandardCharsets.UTF_8));
		return folder.resolve("guide.html");
	}

	/** One row per rule: id, category, default and effective severity, requirement and source. */
	static String rulesPage(ValidationSettings settings) {
		StringBuilder rows = new StringBuilder();
		for (RuleChecker checker : PortolanValidation.rules()) {
			RuleInfo rule = checker.info();
			ValidationSettings.Level override = settings.override(rule.id());
			String effective = override == null ? rule.severity().name().toLowerCase() : override.key();
			rows.append("<tr id=\"").append(escape(rule.id())).append("\"><td><code>").append(escape(rule.id()))
					.append("</code></td><td>").append(escape(rule.category().toString())).append("</td><td>")
					.append(rule.severity().name().toLowerCase()).append("</td><td class=\"").append(effective).append("\">")
					.append(effective).append("</td><td>").append(escape(rule.title())).append("</td><td>")
					.append(escape(rule.source())).append("</td></tr>\n");
		}
		return """
				<!DOCTYPE html>
				<html lang="en"><head><meta charset="utf-8"><title>Portolan rules reference</title>
				<link rel="stylesheet" href="guide.css"></head>
				<body><nav><strong>Portolan Guide</strong><a href="guide.html">Guide</a><a href="guide.html#prefs">Changing severities</a></nav>
				<main><h1>Rules reference</h1>
				<p>%d rules. <em>Severity here</em> is what this workbench reports, after the overrides of
				Window &gt; Preferences &gt; Portolan &gt; Validation.</p>
				<table><thead><tr><th>Rule</th><th>Category</th><th>Default severity</th><th>Severity here</th>
				<th>Requirement</th><th>Source</th></tr></thead><tbody>
				%s</tbody></table></main></body></html>
				""".formatted(PortolanValidation.rules().size(), rows);
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	private static Bundle bundle() {
		return FrameworkUtil.getBundle(OpenGuideHandler.class);
	}
}
