/**
 * Series kept in a store: what a series is (a unit, an actor, keywords), which claims belong to it
 * (by rule or by an analyst's hand), and those claims read as pooling observations. The store holds
 * definitions and hand-made decisions only; members and the pooled estimate are computed on read,
 * so they follow the claims as documents are added or read again.
 */
package org.vigie.core.series.store;
