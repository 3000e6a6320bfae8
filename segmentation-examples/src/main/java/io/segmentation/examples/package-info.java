/**
 * Runnable examples, one per stage of the workflow; the only part of the project that prints.
 */
package io.segmentation.examples;
