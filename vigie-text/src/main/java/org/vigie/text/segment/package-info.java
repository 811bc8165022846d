/** Sentences and clauses: the spans the stages read a claim's context in. */
package org.vigie.text.segment;
