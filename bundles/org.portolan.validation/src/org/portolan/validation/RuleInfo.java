package org.portolan.validation;

/**
 * Description of a rule.
 *
 * @param id       stable id: the rules.md / certificates.md id where one exists (e.g. {@code EXCH2010-NET-001}),
 *                 otherwise an own id ({@code FW-PORT-001}, {@code CERT-SAN-001})
 * @param category what the rule is about
 * @param severity default severity
 * @param title    one-line statement of the requirement
 * @param source   where the requirement comes from (document and lines)
 */
public record RuleInfo(String id, RuleCategory category, Severity severity, String title, String source) {
}
