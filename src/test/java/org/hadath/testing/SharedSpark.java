package org.hadath.testing;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} SparkSession of a test JVM (a JVM holds one SparkContext), started on
 * first use, bound to the loopback address, without a web UI; Spark stops it at JVM exit.
 * Two task threads share the JVM's one extractor, which is what the Spark tests check.
 */
public final class SharedSpark {
  private SharedSpark() {}

  private static final class Holder {
    static final SparkSession SPARK = SparkSession.builder()
        .master("local[2]")
        .appName("hadath-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.warehouse.dir",
            Path.of(System.getProperty("java.io.tmpdir"), "hadath-spark-warehouse").toString())
        .getOrCreate();
  }

  /** The shared session. */
  public static SparkSession get() {
    return Holder.SPARK;
  }
}
