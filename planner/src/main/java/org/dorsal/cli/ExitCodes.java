package org.dorsal.cli;

/** The process exit codes every command uses. */
final class ExitCodes {
  /** The command did what was asked (a verified plan was written, the file is valid, ...). */
  static final int OK = 0;
  /** No plan: the instance is infeasible, the time ran out before any plan, or a check failed. */
  static final int NO_PLAN_OR_CHECK_FAILED = 1;
  /** Bad input: unreadable or invalid files, or wrong command-line usage. Nothing was written. */
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
