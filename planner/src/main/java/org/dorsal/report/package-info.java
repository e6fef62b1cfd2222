/**
 * The reports people read: small SVG chart primitives (bar, stacked bar, histogram, scatter,
 * tornado, plan map) and the self-contained HTML pages built from them (a plan, a scenario
 * comparison, a budget sweep, a risk analysis). Pages are pure functions of their input
 * documents: the same document gives the same bytes. No file access, no JavaScript.
 */
package org.dorsal.report;
