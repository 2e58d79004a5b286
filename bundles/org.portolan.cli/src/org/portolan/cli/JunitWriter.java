package org.portolan.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.eclipse.emf.ecore.resource.Resource;
import org.portolan.validation.Severity;

/**
 * JUnit XML (the Ant/Surefire format CI servers read): one test suite per file; every finding at or above
 * {@code --fail-on} is a failed test case, findings below it are passed test cases carrying their message, a file
 * without failing findings has a passing "validate" case; input errors are test cases in error.
 */
final class JunitWriter {

	private JunitWriter() {
	}

	static void write(OutputStream o, ModelSet models, List<ValidateCommand.Located> findings,
			List<ModelSet.InputError> inputErrors, Severity failOn) throws IOException {
		Map<String, List<ValidateCommand.Located>> byFile = new LinkedHashMap<>();
		for (Resource r : models.userResources()) {
			byFile.put(models.displayName(r), new java.util.ArrayList<>());
		}
		for (ValidateCommand.Located l : findings) {
			byFile.computeIfAbsent(l.file(), k -> new java.util.ArrayList<>()).add(l);
		}
		Map<String, List<ModelSet.InputError>> errorsByFile = new LinkedHashMap<>();
		for (ModelSet.InputError e : inputErrors) {
			errorsByFile.computeIfAbsent(e.file(), k -> new java.util.ArrayList<>()).add(e);
			byFile.computeIfAbsent(e.file(), k -> new java.util.ArrayList<>());
		}
		try {
			XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(o, "UTF-8");
			x.writeStartDocument("UTF-8", "1.0");
			x.writeStartElement("testsuites");
			x.writeAttribute("name", "portolan validate");
			for (Map.Entry<String, List<ValidateCommand.Located>> e : byFile.entrySet()) {
				List<ModelSet.InputError> errs = errorsByFile.getOrDefault(e.getKey(), List.of());
				long failures = e.getValue().stream().filter(l -> failing(l, failOn)).count();
				int tests = e.getValue().size() + errs.size() + (failures == 0 && errs.isEmpty() ? 1 : 0);
				x.writeStartElement("testsuite");
				x.writeAttribute("name", e.getKey());
				x.writeAttribute("tests", String.valueOf(tests));
				x.writeAttribute("failures", String.valueOf(failures));
				x.writeAttribute("errors", String.valueOf(errs.size()));
				x.writeAttribute("skipped", "0");
				for (ModelSet.InputError err : errs) {
					x.writeStartElement("testcase");
					x.writeAttribute("classname", e.getKey());
					x.writeAttribute("name", "input line " + err.line());
					x.writeStartElement("error");
					x.writeAttribute("message", err.message());
					x.writeAttribute("type", SarifWriter.INPUT_ERROR_RULE);
					x.writeCharacters(err.toString());
					x.writeEndElement();
					x.writeEndElement();
				}
				for (ValidateCommand.Located l : e.getValue()) {
					x.writeStartElement("testcase");
					x.writeAttribute("classname", e.getKey());
					x.writeAttribute("name", l.finding().ruleId() + " line " + l.line());
					String text = l.text();
					if (failing(l, failOn)) {
						x.writeStartElement("failure");
						x.writeAttribute("message", l.message());
						x.writeAttribute("type", l.severity());
						x.writeCharacters(text);
						x.writeEndElement();
					} else {
						x.writeStartElement("system-out");
						x.writeCharacters(text);
						x.writeEndElement();
					}
					x.writeEndElement();
				}
				if (failures == 0 && errs.isEmpty()) {
					x.writeStartElement("testcase");
					x.writeAttribute("classname", e.getKey());
					x.writeAttribute("name", "validate");
					x.writeEndElement();
				}
				x.writeEndElement();
			}
			x.writeEndElement();
			x.writeEndDocument();
			x.flush();
		} catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private static boolean failing(ValidateCommand.Located l, Severity failOn) {
		return l.finding().severity().ordinal() <= failOn.ordinal();
	}
}
