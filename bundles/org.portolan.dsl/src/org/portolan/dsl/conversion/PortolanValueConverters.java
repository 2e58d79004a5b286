package org.portolan.dsl.conversion;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.impl.KeywordAlternativeConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;

import com.google.inject.Inject;

/** Value converters: names (ValidID) may be keyword-like words; qualified names are made of ValidIDs. */
public class PortolanValueConverters extends DefaultTerminalConverters {

	@Inject
	private KeywordAlternativeConverter validIdConverter;

	@Inject
	private ValidIdQualifiedNameConverter qualifiedNameConverter;

	@ValueConverter(rule = "ValidID")
	public IValueConverter<String> ValidID() {
		return validIdConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return qualifiedNameConverter;
	}

	/** Qualified name converter whose segments are ValidIDs. */
	public static class ValidIdQualifiedNameConverter extends QualifiedNameValueConverter {
		@Override
		protected String getDelegateRuleName() {
			return "ValidID";
		}
	}
}
