/**
 * What every package may use: the error types that the CLI alone turns into one line and an exit
 * code, the program version, and writing files so that no half-written one is ever seen. Names
 * no other package of the project.
 */
package org.alignsim.base;
