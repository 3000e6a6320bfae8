/**
 * Runnable examples, one per stage of the workflow, each a short commented walkthrough that writes its files
 * under a directory it prints; with the {@code segment} command line, the only part of the project that prints.
 */
package io.segmentation.examples;
