/**
 * The model file: fitted state written to and read from JSON, with a versioned format and checks on
 * load that name the JSON path of whatever is wrong.
 */
package io.segmentation.io;
