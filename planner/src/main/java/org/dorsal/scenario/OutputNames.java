package org.dorsal.scenario;

import java.nio.file.Path;

/**
 * The files a comparison writes into its output folder, named after the base instance:
 * {@code <base>.<scenario>.result.json}, {@code <base>.<scenario>.instance.json} (the instance a
 * scenario planned, for {@code dorsal verify}), {@code <base>.comparison.json} and {@code .csv}.
 */
public record OutputNames(Path folder, String baseName) {

  /** Names after an instance name; characters unsafe in file names become '_'. */
  public static OutputNames of(Path folder, String instanceName) {
    return new OutputNames(folder, instanceName.replaceAll("[^A-Za-z0-9._-]", "_"));
  }

  public String resultFile(String scenario) {
    return baseName + "." + scenario + ".result.json";
  }

  public String instanceFile(String scenario) {
    return baseName + "." + scenario + ".instance.json";
  }

  public String comparisonJson() {
    return baseName + ".comparison.json";
  }

  public String comparisonCsv() {
    return baseName + ".comparison.csv";
  }

  public Path inFolder(String fileName) {
    return folder.resolve(fileName);
  }
}
