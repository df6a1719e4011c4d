/**
 * What it takes to run the model as a scenario asks, for every command that runs it (run, sweep,
 * calibrate, landscape, validate, the GUI): the decision rule the scenario names (logit, or
 * landscape theory with the landscape built from the scenario) and the seeds of replications.
 * It sits just above the model so that the commands' packages share it instead of calling each
 * other.
 */
package org.alignsim.runtime;
