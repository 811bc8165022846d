/** The entity stage: the curated actor list and the names found in a text (docs/entities.md). */
package org.vigie.text.entity;
