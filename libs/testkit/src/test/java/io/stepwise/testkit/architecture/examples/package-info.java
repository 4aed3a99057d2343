/**
 * Deliberately bad example services the architecture rules must report; each sub-package plays one service's base
 * package. Nothing here is used outside the rule tests.
 */
package io.stepwise.testkit.architecture.examples;
