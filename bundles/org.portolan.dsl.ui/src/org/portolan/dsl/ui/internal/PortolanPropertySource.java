package org.portolan.dsl.ui.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.ComboBoxPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.jface.text.IDocument;
import org.portolan.dsl.ui.PortolanCommandStacks;
import org.portolan.dsl.ui.PortolanEditor;
import org.portolan.dsl.ui.PortolanModelEditing;

/**
 * Properties of a model element: attributes are editable (text, enum choices, true/false), references are
 * shown by name. An edit goes through {@link PortolanModelEditing}: it rewrites the text of the element in
 * its editor and is undoable on the editor's command stack.
 */
public class PortolanPropertySource implements IPropertySource {

	private final EObject element;

	public PortolanPropertySource(EObject element) {
		this.element = element;
	}

	@Override
	public Object getEditableValue() {
		return element;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature.isDerived() || feature.isTransient() || (feature instanceof EReference ref && ref.isContainment())) {
				continue;
			}
			PropertyDescriptor descriptor;
			String label = label(feature);
			if (feature instanceof EAttribute attribute && !attribute.isMany() && editable(attribute)) {
				if (attribute.getEAttributeType() instanceof EEnum eenum) {
					descriptor = new ComboBoxPropertyDescriptor(feature, label,
							eenum.getELiterals().stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
				} else if (isBoolean(attribute.getEAttributeType())) {
					descriptor = new ComboBoxPropertyDescriptor(feature, label, new String[] { "false", "true" });
				} else {
					descriptor = new TextPropertyDescriptor(feature, label);
				}
			} else {
				descriptor = new PropertyDescriptor(feature, label);
			}
			descriptor.setCategory(feature instanceof EReference ? "References" : "Attributes");
			descriptors.add(descriptor);
		}
		return descriptors.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = (EStructuralFeature) id;
		Object value = element.eGet(feature);
		if (feature instanceof EAttribute attribute && !attribute.isMany()) {
			if (attribute.getEAttributeType() instanceof EEnum eenum) {
				return eenum.getELiterals().indexOf(eenum.getEEnumLiteral(((Enumerator) value).getValue()));
			}
			if (isBoolean(attribute.getEAttributeType())) {
				return Boolean.TRUE.equals(value) ? 1 : 0;
			}
			return value == null ? "" : EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(PortolanPropertySource::text).collect(Collectors.joining(", "));
		}
		return text(value);
	}

	@Override
	public boolean isPropertySet(Object id) {
		return element.eIsSet((EStructuralFeature) id);
	}

	@Override
	public void resetPropertyValue(Object id) {
		change((EStructuralFeature) id, null, true);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EStructuralFeature feature = (EStructuralFeature) id;
		EAttribute attribute = (EAttribute) feature;
		Object newValue;
		if (attribute.getEAttributeType() instanceof EEnum eenum) {
			newValue = eenum.getELiterals().get((Integer) value).getInstance();
		} else if (isBoolean(attribute.getEAttributeType())) {
			newValue = Integer.valueOf(1).equals(value);
		} else {
			String text = String.valueOf(value);
			try {
				newValue = text.isEmpty() && attribute.getEAttributeType().getInstanceClass() == String.class ? null
						: EcoreUtil.createFromString(attribute.getEAttributeType(), text);
			} catch (RuntimeException e) {
				show("'" + text + "' is not a valid " + label(feature) + ": " + e.getMessage());
				return;
			}
		}
		if (java.util.Objects.equals(newValue, element.eGet(feature))) {
			return;
		}
		change(feature, newValue, false);
	}

	/**
	 * Edits the element's text where it is open: the file's document and command stack when any Portolan editor (text
	 * or diagram) has it open, else in a text editor opened for it.
	 */
	private void change(EStructuralFeature feature, Object value, boolean unset) {
		IFile file = PortolanEditors.fileOf(element);
		ITextFileBuffer buffer = file == null ? null
				: FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		CommandStack stack = file == null ? null : PortolanCommandStacks.get(file);
		IDocument document = buffer == null ? null : buffer.getDocument();
		if (document == null || stack == null) {
			PortolanEditor editor = PortolanEditors.editorFor(element);
			if (editor == null) {
				show("Open the file of this element to edit it.");
				return;
			}
			document = editor.getDocument();
			stack = editor.getCommandStack();
		}
		String fragment = element.eResource().getURIFragment(element);
		try {
			PortolanModelEditing.edit(file, document, stack, "Set " + label(feature), fragment, target -> {
				if (unset) {
					target.eUnset(target.eClass().getEStructuralFeature(feature.getName()));
				} else {
					target.eSet(target.eClass().getEStructuralFeature(feature.getName()), value);
				}
			});
		} catch (org.portolan.dsl.ide.services.ModelTextEdits.RefusedEdit e) {
			show(e.getMessage());
		}
	}

	private static void show(String message) {
		MessageDialog.openWarning(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), "Portolan", message);
	}

	private static boolean editable(EAttribute attribute) {
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		return attribute.isChangeable() && (attribute.getEAttributeType() instanceof EEnum || type == String.class
				|| isBoolean(attribute.getEAttributeType()) || type == int.class || type == Integer.class
				|| type == long.class || type == Long.class);
	}

	private static boolean isBoolean(EDataType type) {
		return type == EcorePackage.Literals.EBOOLEAN || type == EcorePackage.Literals.EBOOLEAN_OBJECT
				|| type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class;
	}

	static String label(EStructuralFeature feature) {
		String name = feature.getName();
		return Arrays.stream(name.split("(?=[A-Z])")).map(String::toLowerCase).collect(Collectors.joining(" "));
	}

	private static String text(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof EObject object) {
			EStructuralFeature name = object.eClass().getEStructuralFeature("name");
			return name != null && object.eGet(name) != null ? String.valueOf(object.eGet(name)) : object.eClass().getName();
		}
		return String.valueOf(value);
	}
}
