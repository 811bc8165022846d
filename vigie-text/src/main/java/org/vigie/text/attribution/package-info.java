/** The attribution stage: who said a figure and through whom (docs/attribution.md). */
package org.vigie.text.attribution;
