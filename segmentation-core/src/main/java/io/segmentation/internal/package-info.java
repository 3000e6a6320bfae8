/**
 * Not API: may change in any release. Argument checks shared by every package of the core.
 */
package io.segmentation.internal;
