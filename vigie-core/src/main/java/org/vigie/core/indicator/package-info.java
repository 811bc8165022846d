/**
 * Indicators and warning (methods.md §6.2): indicator states over time rolled up into the
 * probability of a scenario and an escalation level with hysteresis, and threshold indicators on
 * tracked numbers.
 */
package org.vigie.core.indicator;
