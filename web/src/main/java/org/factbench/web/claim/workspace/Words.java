package org.factbench.web.claim.workspace;

/** The message bundle as the panels use it ({@code component::getTranslation}), so text can be built off a component. */
@FunctionalInterface
interface Words {
    String get(String key, Object... params);
}
