package org.portolan.dsl.conversion;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.nodemodel.ILeafNode;
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

		/** Leaves of a qualified name are IDs or keywords inside ValidID (not calls of ValidID itself). */
		@Override
		protected boolean isDelegateRuleCall(EObject grammarElement) {
			if (super.isDelegateRuleCall(grammarElement)) {
				return true;
			}
			AbstractRule rule = grammarElement == null ? null : GrammarUtil.containingRule(grammarElement);
			return rule != null && "ValidID".equals(rule.getName())
					&& (grammarElement instanceof RuleCall || grammarElement instanceof Keyword);
		}

		@Override
		protected String delegateToValue(ILeafNode leafNode) {
			if (leafNode.getGrammarElement() instanceof Keyword) {
				return leafNode.getText();
			}
			return (String) valueConverterService.toValue(leafNode.getText(), "ID", leafNode);
		}

		@com.google.inject.Inject
		private org.eclipse.xtext.conversion.IValueConverterService valueConverterService;
	}
}
