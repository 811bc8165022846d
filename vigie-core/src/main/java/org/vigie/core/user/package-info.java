/**
 * The people who use the workbench: names, roles, and how their passwords are hashed and checked.
 */
package org.vigie.core.user;
