/**
 * Benchmark runs ({@code dorsal bench}): every solver on every instance of a benchmark set, each plan
 * checked, rows and summaries out.
 *
 * <p>A package of its own rather than a class in {@code pipeline}: {@code pipeline} turns one instance
 * into one verified result, and a benchmark run sits on top of it (it reads benchmark sets through
 * {@code io}, runs several solvers of {@code solve} including baselines, and checks each plan with
 * {@link org.dorsal.pipeline.PlanPipeline#check}); it also needs a handful of classes (the solver
 * interface and its implementations, row making, summaries), which would blur {@code pipeline}'s one
 * job. The row and report records live in {@code model.bench} so that the writers in {@code io} can
 * use them without {@code io} depending on this package (which depends on {@code io}).
 */
package org.dorsal.bench;
