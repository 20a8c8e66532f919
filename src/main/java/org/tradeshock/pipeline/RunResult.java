package org.tradeshock.pipeline;

import java.nio.file.Path;

/**
 * What a successful run produced.
 *
 * @param reportDir the run folder
 * @param summary a few lines of headline numbers for the terminal
 */
public record RunResult(Path reportDir, String summary) {}
